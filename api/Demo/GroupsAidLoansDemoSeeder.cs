using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Aid;
using MedanUmkm.Api.Features.Loans;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Features.Groups;

namespace MedanUmkm.Api.Demo;

/// <summary>
/// Demo data: about 60 groups across the kecamatan with members, about 80 aid distributions over
/// the last three years (some groups never helped), and about 300 loan referrals with realistic
/// outcomes (roughly 70% of decided referrals approved, most approvals disbursed).
/// </summary>
public sealed class GroupsAidLoansDemoSeeder : IDemoSeeder
{
    public int Order => 50;

    private sealed class BusinessInfo
    {
        public int Id { get; init; }
        public string KecamatanCode { get; init; } = "";
        public string KecamatanName { get; init; } = "";
        public string Sector { get; init; } = "";
    }

    private static readonly Dictionary<string, string> SectorNames = new()
    {
        ["food_beverage"] = "Olahan Pangan", ["fashion"] = "Konveksi dan Busana", ["craft"] = "Kerajinan Tangan",
        ["agriculture"] = "Tani dan Kebun", ["trade"] = "Pedagang", ["services"] = "Jasa", ["manufacturing"] = "Industri Kecil",
        ["other"] = "Usaha Bersama",
    };

    private static readonly Dictionary<string, (string Name, string Unit, long Value)[]> ItemsBySector = new()
    {
        ["food_beverage"] = [("Mesin sangrai kopi 5 kg", "unit", 18_500_000), ("Mesin vakum sealer", "unit", 4_750_000),
            ("Oven gas 3 rak", "unit", 6_200_000), ("Mixer roti 10 liter", "unit", 7_800_000), ("Freezer box 300 liter", "unit", 5_400_000),
            ("Kemasan standing pouch berlabel", "paket", 2_500_000), ("Spinner peniris minyak", "unit", 3_900_000)],
        ["fashion"] = [("Mesin jahit high speed", "unit", 3_600_000), ("Mesin obras 4 benang", "unit", 4_200_000),
            ("Mesin bordir komputer", "unit", 38_000_000), ("Meja potong kain", "unit", 2_100_000)],
        ["craft"] = [("Alat tenun bukan mesin (ATBM)", "unit", 6_500_000), ("Mesin gerinda tangan", "unit", 850_000),
            ("Kompresor dan spray gun", "set", 3_200_000), ("Etalase kaca display", "unit", 2_800_000)],
        ["agriculture"] = [("Mesin pencacah pakan", "unit", 9_500_000), ("Hand tractor", "unit", 27_000_000),
            ("Pompa air 3 inci", "unit", 3_400_000), ("Bibit kopi arabika", "batang", 12_000)],
        ["trade"] = [("Gerobak dagang aluminium", "unit", 4_500_000), ("Etalase kaca display", "unit", 2_800_000),
            ("Timbangan digital 30 kg", "unit", 1_250_000), ("Tenda lipat 3x3", "unit", 2_300_000)],
        ["services"] = [("Laptop untuk pemasaran digital", "unit", 8_900_000), ("Mesin cuci front loading", "unit", 6_700_000),
            ("Printer dan scanner", "unit", 3_100_000)],
        ["manufacturing"] = [("Mesin press hidrolik", "unit", 24_000_000), ("Mesin las listrik", "unit", 3_800_000),
            ("Mesin bor duduk", "unit", 4_600_000)],
        ["other"] = [("Laptop untuk pemasaran digital", "unit", 8_900_000), ("Tenda lipat 3x3", "unit", 2_300_000)],
    };

    private static readonly string[] Programmes =
        ["APBD Kota Medan", "APBD Kota Medan", "APBD Kota Medan", "APBD Provinsi Sumatera Utara", "DAK", "DAK",
         "CSR Bank Sumut", "CSR PTPN IV", "CSR Pelindo"];

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private static readonly (LoanBank Bank, int Weight)[] Banks =
        [(LoanBank.Bri, 35), (LoanBank.BankSumut, 20), (LoanBank.Bni, 12), (LoanBank.Mandiri, 12), (LoanBank.Bsi, 12), (LoanBank.Btn, 5), (LoanBank.Other, 4)];

    private static readonly string[] Purposes =
    [
        "Modal kerja pembelian bahan baku", "Pembelian mesin produksi", "Renovasi tempat usaha", "Penambahan stok dagangan",
        "Pembelian kendaraan operasional", "Modal kerja menghadapi pesanan e-katalog", "Perluasan kebun dan pembelian bibit",
    ];

    public async Task SeedAsync(DbSession db, DemoContext context, CancellationToken ct)
    {
        var businesses = await db.QueryAsync<BusinessInfo>("""
            SELECT b.Id, b.KecamatanCode, k.Name AS KecamatanName, b.Sector
            FROM Businesses b JOIN Kecamatan k ON k.Code = b.KecamatanCode
            WHERE b.Status = 'active' ORDER BY b.Id
            """, null, ct);
        if (businesses.Count < 30) return;
        var random = new Random(4040);
        var now = context.Now;
        var today = context.Today;
        var byKecamatan = businesses.GroupBy(b => b.KecamatanCode).ToDictionary(g => g.Key, g => g.ToList());
        var kecamatan = byKecamatan.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();

        // Groups: every kecamatan gets some, members mostly from the same kecamatan.
        var groups = new List<(int Id, string Sector, List<int> Members)>();
        var members = new List<object>();
        for (var i = 0; i < 60; i++)
        {
            var code = kecamatan[i % kecamatan.Count];
            var local = byKecamatan[code];
            var kind = (GroupKind)(random.Next(100) switch { < 50 => 0, < 75 => 1, < 90 => 2, _ => 3 });
            var sector = kind == GroupKind.SectorCluster ? local[random.Next(local.Count)].Sector : "other";
            var pool = kind == GroupKind.SectorCluster && local.Count(b => b.Sector == sector) >= 5
                ? local.Where(b => b.Sector == sector).ToList() : local;
            var chosen = pool.OrderBy(_ => random.Next()).Take(random.Next(5, 16)).Select(b => b.Id).ToList();
            var kecamatanName = local[0].KecamatanName;
            var name = kind switch
            {
                GroupKind.SectorCluster => $"Klaster {SectorNames.GetValueOrDefault(sector, "UMKM")} {kecamatanName}",
                GroupKind.KelurahanGroup => $"Kelompok UMKM Kelurahan {i + 1:D2} {kecamatanName}",
                GroupKind.Cooperative => $"Koperasi Produsen {kecamatanName} Sejahtera",
                _ => $"Paguyuban UMKM {kecamatanName}",
            };
            if (i >= kecamatan.Count) name += $" {(char)('A' + i / kecamatan.Count)}";
            var formed = today.AddDays(-random.Next(365, 365 * 10));
            var status = random.Next(100) < 92 ? "active" : "inactive";
            var id = await db.InsertAsync("""
                INSERT INTO BusinessGroups (Name, Kind, KecamatanCode, LeaderBusinessId, FormedOn, Status, CreatedAt, UpdatedAt, Version)
                VALUES (@Name, @Kind, @KecamatanCode, @Leader, @Formed, @Status, @Now, @Now, 1)
                """, new { Name = name, Kind = EnumText.Of(kind), KecamatanCode = code, Leader = chosen[0], Formed = formed, Status = status, Now = now }, ct);
            members.AddRange(chosen.Select(b => new { GroupId = id, BusinessId = b, JoinedAt = now.AddDays(-random.Next(30, 900)) }));
            groups.Add((id, sector, chosen));
        }
        await db.ExecuteAsync("INSERT INTO BusinessGroupMembers (GroupId, BusinessId, JoinedAt) VALUES (@GroupId, @BusinessId, @JoinedAt)", members, ct);

        // Aid: about 80 distributions to roughly 45 groups over the last three years.
        var helped = groups.OrderBy(_ => random.Next()).Take(45).ToList();
        var items = new List<object>();
        var documentSeq = 0;
        for (var i = 0; i < 80; i++)
        {
            var group = helped[i < helped.Count ? i : random.Next(helped.Count)];
            var catalogue = ItemsBySector.GetValueOrDefault(group.Sector) ?? ItemsBySector["other"];
            var lines = catalogue.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
                .Select(c => (c.Name, Quantity: c.Unit == "batang" ? random.Next(200, 1500) : random.Next(1, Math.Max(2, group.Members.Count / 2) + 1), c.Unit, c.Value))
                .ToList();
            var handedOver = today.AddDays(-random.Next(0, 3 * 365));
            var roll = random.Next(100);
            var status = handedOver > today.AddDays(-45) && roll < 50 ? "planned" : roll < 6 ? "cancelled" : "delivered";
            var number = status == "delivered"
                ? $"BAST/{++documentSeq:D3}/DKUKMPP/{Roman[handedOver.Month - 1]}/{handedOver.Year}" : null;
            var id = await db.InsertAsync("""
                INSERT INTO AidDistributions (GroupId, Programme, BudgetYear, TotalValueIdr, HandedOverOn, HandoverDocumentNumber,
                    Status, Notes, CreatedAt, UpdatedAt, Version)
                VALUES (@GroupId, @Programme, @BudgetYear, @Total, @HandedOverOn, @Number, @Status, NULL, @Now, @Now, 1)
                """, new
            {
                GroupId = group.Id, Programme = Programmes[random.Next(Programmes.Length)], BudgetYear = handedOver.Year,
                Total = lines.Sum(l => l.Quantity * l.Value), HandedOverOn = status == "delivered" ? handedOver : (DateOnly?)null,
                Number = number, Status = status, Now = now,
            }, ct);
            items.AddRange(lines.Select((l, n) => new { AidDistributionId = id, Position = n, l.Name, l.Quantity, l.Unit, UnitValueIdr = l.Value }));
        }
        await db.ExecuteAsync("""
            INSERT INTO AidItems (AidDistributionId, Position, Name, Quantity, Unit, UnitValueIdr)
            VALUES (@AidDistributionId, @Position, @Name, @Quantity, @Unit, @UnitValueIdr)
            """, items, ct);

        // Loan referrals: ~300 over three years; members of helped groups a little more often.
        var candidates = businesses.Select(b => b.Id).Concat(helped.SelectMany(g => g.Members)).ToList();
        var totalWeight = Banks.Sum(b => b.Weight);
        var loans = new List<object>();
        for (var i = 0; i < 300; i++)
        {
            var pick = random.Next(totalWeight);
            var bank = Banks.First(b => (pick -= b.Weight) < 0).Bank;
            var product = (LoanProduct)(random.Next(100) switch { < 20 => 0, < 65 => 1, < 85 => 2, < 95 => 3, _ => 4 });
            var requested = product switch
            {
                LoanProduct.KurSuperMicro => random.Next(2, 11) * 1_000_000L,
                LoanProduct.KurMicro => random.Next(11, 101) * 1_000_000L,
                LoanProduct.KurSmall => random.Next(11, 51) * 10_000_000L,
                _ => random.Next(5, 101) * 10_000_000L,
            };
            var referred = today.AddDays(-random.Next(0, 3 * 365));
            DateOnly? submitted = null, decided = null, disbursed = null;
            long? approved = null, paid = null;
            string? reason = null;
            var status = "referred";
            var age = today.DayNumber - referred.DayNumber;
            if (age > 14 && random.Next(100) < 88) { status = "submitted"; submitted = referred.AddDays(random.Next(3, 15)); }
            if (status == "submitted" && age > 45 && random.Next(100) < 92)
            {
                decided = submitted!.Value.AddDays(random.Next(10, 30));
                var approveChance = product is LoanProduct.KurSuperMicro or LoanProduct.KurMicro ? 75 : 60;
                if (random.Next(100) < approveChance)
                {
                    status = "approved";
                    approved = random.Next(100) < 70 ? requested : requested / 1_000_000 * random.Next(50, 100) / 100 * 1_000_000;
                    if (approved <= 0) approved = requested;
                    if (age > 60 && random.Next(100) < 90)
                    {
                        status = "disbursed";
                        disbursed = decided.Value.AddDays(random.Next(3, 14));
                        paid = approved;
                    }
                }
                else
                {
                    status = "rejected";
                    reason = new[] { "Agunan tidak mencukupi", "Riwayat kredit (SLIK) bermasalah", "Usaha belum berjalan 6 bulan", "Dokumen tidak lengkap" }[random.Next(4)];
                }
            }
            loans.Add(new
            {
                BusinessId = candidates[random.Next(candidates.Count)], Bank = EnumText.Of(bank), Product = EnumText.Of(product),
                AmountRequestedIdr = requested, Purpose = Purposes[random.Next(Purposes.Length)], Status = status, ReferredOn = referred,
                SubmittedOn = submitted, DecidedOn = decided, AmountApprovedIdr = approved, DisbursedOn = disbursed,
                AmountDisbursedIdr = paid, RejectionReason = reason, Now = now,
            });
        }
        await db.ExecuteAsync("""
            INSERT INTO LoanReferrals (BusinessId, Bank, Product, AmountRequestedIdr, Purpose, Status, ReferredOn, SubmittedOn, DecidedOn,
                AmountApprovedIdr, DisbursedOn, AmountDisbursedIdr, RejectionReason, CreatedAt, UpdatedAt, Version)
            VALUES (@BusinessId, @Bank, @Product, @AmountRequestedIdr, @Purpose, @Status, @ReferredOn, @SubmittedOn, @DecidedOn,
                @AmountApprovedIdr, @DisbursedOn, @AmountDisbursedIdr, @RejectionReason, @Now, @Now, 1)
            """, loans, ct);
    }
}
