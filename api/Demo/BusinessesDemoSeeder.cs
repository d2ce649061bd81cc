using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Migrations.Migrations;
using MedanUmkm.Migrations.Reference;
using Microsoft.AspNetCore.Identity;
using MedanUmkm.Api.Features.Businesses;

namespace MedanUmkm.Api.Demo;

/// <summary>
/// The demo data set's core: one staff user per role and 1,825 fostered businesses across Medan's
/// 21 kecamatan, about 200 of them listed in the e-katalog, with identifiers that pass validation.
/// Deterministic: the same seed gives the same data on every machine.
/// </summary>
public sealed class BusinessesDemoSeeder(IPasswordHasher<UserAccount> hasher, TimeProvider clock, ILogger<BusinessesDemoSeeder> log) : IDemoSeeder
{
    public const int BusinessCount = 1825;
    public const int ListedCount = 200;

    /// <summary>Demo staff accounts (printed by the run command).</summary>
    public static readonly (string Email, string Name, string Role, string Password)[] Users =
    [
        ("admin@medanumkm.go.id", "Admin Dinas", Roles.Admin, "Admin#12345"),
        ("officer@medanumkm.go.id", "Siti Nurhaliza Lubis", Roles.Officer, "Officer#12345"),
        ("viewer@medanumkm.go.id", "Bambang Hutapea", Roles.Viewer, "Viewer#12345"),
    ];

    public int Order => 10;

    private static readonly string[] WomenNames = ["Rina", "Siti", "Dewi", "Sri", "Nur", "Fitri", "Rahmawati", "Yuni", "Lestari", "Maria", "Ruth", "Elisabeth", "Kartini", "Wulan", "Intan", "Mega", "Ani", "Lina", "Mei Ling", "Sarah", "Ayu", "Putri", "Nurhayati", "Rosmawati", "Debora"];
    private static readonly string[] MenNames = ["Budi", "Ahmad", "Rizky", "Hendra", "Joko", "Agus", "Fajar", "Andi", "Muhammad", "Roni", "Daniel", "Samuel", "Iwan", "Darmawan", "Yusuf", "Teguh", "Hasan", "Benny", "Rudi", "Surya", "Aldi", "Wahyu", "Kevin", "Johannes", "Taufik"];
    private static readonly string[] Surnames = ["Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitompul", "Sembiring", "Ginting", "Tarigan", "Purba", "Saragih", "Hutapea", "Pardede", "Sinaga", "Pane", "Daulay", "Batubara", "Rangkuti", "Tanjung", "Pohan", "Wijaya", "Santoso", "Gunawan", "Halim", "Syahputra", "Hasibuan", "Damanik", "Manurung", "Silalahi", "Panjaitan"];
    private static readonly string[] Streets = ["Jl. Sisingamangaraja", "Jl. Gatot Subroto", "Jl. Brigjend Katamso", "Jl. Setia Budi", "Jl. Ahmad Yani", "Jl. Juanda", "Jl. M.H. Thamrin", "Jl. Iskandar Muda", "Jl. Sutomo", "Jl. Pancing", "Jl. Krakatau", "Jl. Marelan Raya", "Jl. Kapten Muslim", "Jl. Jamin Ginting", "Jl. Sei Batang Hari", "Jl. Karya", "Jl. Pelita", "Jl. Letda Sujono", "Jl. Bromo", "Jl. Denai", "Jl. Menteng Raya", "Jl. Tuasan", "Jl. Halat", "Jl. Sunggal"];

    /// <summary>Kelurahan per kecamatan with their Kemendagri codes (the reference of migration 163).</summary>
    private static readonly Dictionary<string, ReferenceData.KelurahanRow[]> Kelurahan =
        ReferenceData.Kelurahan.GroupBy(k => k.KecamatanCode).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Per sector: weight, business name patterns, KBLI 2020 codes.</summary>
    private static readonly (Sector Sector, int Weight, string[] Names, string[] Kbli)[] Sectors =
    [
        (Sector.FoodBeverage, 45, ["Bika Ambon {0}", "Kopi {0}", "Keripik {0}", "Sambal Andaliman {0}", "Kue Bolu {0}", "Dodol {0}", "Teh Kayu Aro {0}", "Rendang {0}", "Sirup Markisa {0}", "Bolu Meranti {0}", "Kacang Sihobuk {0}", "Roti Tawar {0}"], ["10792", "10710", "10761", "11040", "10793", "10899"]),
        (Sector.Fashion, 14, ["Ulos {0}", "Songket {0}", "Batik Medan {0}", "Konveksi {0}", "Kebaya {0}", "Sepatu Kulit {0}"], ["14111", "13121", "15201", "14120"]),
        (Sector.Craft, 12, ["Anyaman {0}", "Ukiran {0}", "Kerajinan Rotan {0}", "Souvenir {0}", "Tenun {0}"], ["32902", "16292", "32909", "23933"]),
        (Sector.Agriculture, 9, ["Kopi Sidikalang {0}", "Tani Makmur {0}", "Kebun Jeruk {0}", "Madu Hutan {0}", "Karet Rakyat {0}"], ["01270", "01161", "01130", "01491"]),
        (Sector.Trade, 9, ["Toko {0}", "Grosir {0}", "Warung {0}", "Kios {0}"], ["47111", "46311", "47221"]),
        (Sector.Services, 6, ["Laundry {0}", "Salon {0}", "Bengkel {0}", "Jasa Jahit {0}", "Percetakan {0}"], ["96011", "95230", "96021", "18111"]),
        (Sector.Manufacturing, 5, ["Mebel {0}", "Las {0}", "Sabun Sereh {0}", "Tahu Tempe {0}"], ["31001", "25112", "20231", "10392"]),
    ];

    private static readonly (EkatalogStatus Status, int Count)[] EkatalogSpread =
    [
        (EkatalogStatus.Listed, ListedCount), (EkatalogStatus.Submitted, 45), (EkatalogStatus.Preparing, 260),
        (EkatalogStatus.Rejected, 30), (EkatalogStatus.Delisted, 12),
    ];

    private const string InsertBusiness = """
        INSERT INTO Businesses (Nib, Name, OwnerName, OwnerNik, OwnerGender, Npwp, Sector, KecamatanCode, Kelurahan, KelurahanCode,
            Address, Phone, Email, FoundedYear, Employees, BusinessCapitalIdr, AnnualRevenueIdr, Scale, FosteredSince,
            Status, EkatalogStatus, CreatedAt, UpdatedAt, Version)
        VALUES (@Nib, @Name, @OwnerName, @OwnerNik, @OwnerGender, @Npwp, @Sector, @KecamatanCode, @Kelurahan, @KelurahanCode,
            @Address, @Phone, @Email, @FoundedYear, @Employees, @BusinessCapitalIdr, @AnnualRevenueIdr, @Scale, @FosteredSince,
            @Status, @EkatalogStatus, @CreatedAt, @CreatedAt, 1)
        """;

    public async Task SeedAsync(DbSession db, DemoContext context, CancellationToken ct)
    {
        foreach (var (email, name, role, password) in Users)
        {
            var existing = await db.QuerySingleOrDefaultAsync<int?>("SELECT Id FROM Users WHERE Email = @Email", new { Email = email }, ct);
            context.UserIds[role] = existing ?? await DatabaseStartup.InsertUserAsync(db, hasher, clock, email, name, role, password, ct);
            log.DemoAccount(role, email, password);
        }

        var rows = Generate(context.Today);
        await db.ExecuteAsync(InsertBusiness, rows, ct);
        var ids = await db.QueryAsync<IdNib>("SELECT Id, Nib FROM Businesses ORDER BY Id", null, ct);
        var byNib = ids.ToDictionary(x => x.Nib, x => x.Id);
        await db.ExecuteAsync(BusinessSql.InsertKbli,
            rows.SelectMany(r => r.Kbli.Select((k, i) => new { BusinessId = byNib[r.Nib], Code = k, KbliVersion = "2020", Position = i })), ct);
        context.BusinessIds.AddRange(ids.Select(x => x.Id));
        // LKPP v6 onboarding facts (migration 150): most are individuals' businesses; every 20th a CV with its
        // deed; medium ones PKP. INAPROC and the OSS check are done for those that got as far as submitting,
        // and for a third of the others.
        await db.ExecuteAsync(DemoOnboardingSql, null, ct);
        await db.ExecuteAsync(DemoVerifiedSql, null, ct);
    }

    private const string DemoOnboardingSql = """
        UPDATE Businesses SET LegalForm = CASE WHEN Id % 20 = 0 THEN 'cv' ELSE 'perorangan' END,
            DeedNumber = CASE WHEN Id % 20 = 0 THEN 'AHU-0012345.AH.01.16' ELSE NULL END,
            DeedDate = CASE WHEN Id % 20 = 0 THEN FosteredSince ELSE NULL END,
            PkpStatus = CASE WHEN Scale = 'medium' THEN 'pkp' ELSE 'non_pkp' END
        """;
    private const string DemoVerifiedSql = """
        UPDATE Businesses SET InaprocVerifiedOn = FosteredSince, OssVerifiedOn = FosteredSince, OssVerifiedBy = 'Petugas Dinas (demo)'
        WHERE EkatalogStatus IN ('submitted', 'listed', 'delisted') OR Id % 3 = 0
        """;

    private sealed class IdNib
    {
        public int Id { get; init; }
        public string Nib { get; init; } = "";
    }

    /// <summary>A demo business row; public so that tools (scale data) can reuse the generator.</summary>
    public sealed record DemoBusiness(string Nib, string Name, string OwnerName, string OwnerNik, string OwnerGender, string? Npwp,
        string Sector, string KecamatanCode, string Kelurahan, string KelurahanCode, string Address, string? Phone, string? Email, int FoundedYear,
        int Employees, long BusinessCapitalIdr, long AnnualRevenueIdr, string Scale, DateOnly FosteredSince, string Status,
        string EkatalogStatus, DateTimeOffset CreatedAt, string[] Kbli);

    public static List<DemoBusiness> Generate(DateOnly today, int count = BusinessCount, int seed = 1825)
    {
        var random = new Random(seed);
        var statuses = EkatalogSpread.SelectMany(s => Enumerable.Repeat(s.Status, count * s.Count / BusinessCount)).ToList();
        while (statuses.Count < count) statuses.Add(EkatalogStatus.NotStarted);
        Shuffle(statuses, random);
        var sectorBag = Sectors.SelectMany(s => Enumerable.Repeat(s, s.Weight)).ToArray();
        var kecamatan = M0001_Foundation.Kecamatan;
        var result = new List<DemoBusiness>(count);
        var usedNames = new HashSet<string>();

        for (var i = 0; i < count; i++)
        {
            var female = random.NextDouble() < 0.58; // most fostered UMKM owners in Medan are women
            var first = female ? Pick(WomenNames, random) : Pick(MenNames, random);
            var owner = $"{first} {Pick(Surnames, random)}";
            var sector = Pick(sectorBag, random);
            var name = string.Format(CultureInfo.InvariantCulture, Pick(sector.Names, random), female ? $"Bu {first}" : Pick(["Pak " + first, first, Pick(Surnames, random)], random));
            if (!usedNames.Add(name)) name = $"{name} {(i % 7) + 2}";
            // Central kecamatan have more businesses; Belawan and Polonia fewer.
            var k = kecamatan[Math.Min(kecamatan.Length - 1, (int)(Math.Pow(random.NextDouble(), 1.15) * kecamatan.Length))];
            var kIndex = int.Parse(k.Code[^2..], CultureInfo.InvariantCulture);
            var scaleRoll = random.NextDouble();
            var revenue = scaleRoll < 0.86 ? Round(random.NextInt64(60_000_000, 1_900_000_000))
                : scaleRoll < 0.97 ? Round(random.NextInt64(2_100_000_000, 14_000_000_000))
                : Round(random.NextInt64(15_500_000_000, 45_000_000_000));
            var capital = Round((long)(revenue * (0.2 + random.NextDouble() * 0.3)));
            var newBusiness = random.NextDouble() < 0.04;
            if (newBusiness) revenue = 0;
            var founded = today.Year - random.Next(0, 25);
            var fostered = DateOnly.FromDayNumber(Math.Min(today.DayNumber - 30,
                new DateOnly(Math.Max(founded, 2012), 1, 1).DayNumber + random.Next(0, 3000)));
            var day = random.Next(1, 29);
            var nik = $"1271{kIndex:D2}{(female ? day + 40 : day):D2}{random.Next(1, 13):D2}{random.Next(60, 100):D2}{random.Next(1, 9999):D4}";
            var ekatalog = statuses[i];
            ReferenceData.KelurahanRow kelurahan;
            result.Add(new DemoBusiness(
                Nib: $"912{1_000_000_000L + i * 37L + random.Next(0, 37)}",
                Name: name,
                OwnerName: owner,
                OwnerNik: nik,
                OwnerGender: female ? "female" : "male",
                // 16-digit NPWP (PMK 112/2022): every fifth owner files as an individual (NPWP = NIK), the
                // others under the business's own NPWP, 0 + the old 15 digits.
                Npwp: ekatalog is EkatalogStatus.Listed or EkatalogStatus.Submitted || random.NextDouble() < 0.62
                    ? (npwp15: $"{random.Next(10, 99)}{random.Next(100_000, 999_999)}{random.Next(1, 9)}121{random.Next(0, 9):D1}00", nik) switch
                    {
                        var (_, own) when i % 5 == 0 => own,
                        var (old, _) => "0" + old,
                    }
                    : null,
                Sector: EnumText.Of(sector.Sector),
                KecamatanCode: k.Code,
                Kelurahan: (kelurahan = Pick(Kelurahan[k.Code], random)).Name,
                KelurahanCode: kelurahan.Code,
                Address: $"{Pick(Streets, random)} No. {random.Next(1, 250)}",
                Phone: random.NextDouble() < 0.93 ? $"+628{Pick(["11", "12", "13", "21", "22", "52", "53", "77", "78", "81", "82"], random)}{random.Next(1_000_000, 99_999_999)}" : null,
                Email: random.NextDouble() < 0.55 ? $"{first.ToLowerInvariant().Replace(" ", "")}.{i}@gmail.com" : null,
                FoundedYear: founded,
                Employees: revenue > 15_000_000_000 ? random.Next(30, 120) : revenue > 2_000_000_000 ? random.Next(8, 40) : random.Next(1, 9),
                BusinessCapitalIdr: capital,
                AnnualRevenueIdr: revenue,
                Scale: EnumText.Of(ScaleRules.Derive(capital, revenue)!.Value),
                FosteredSince: fostered,
                Status: random.NextDouble() < 0.03 ? "inactive" : "active",
                EkatalogStatus: EnumText.Of(ekatalog),
                CreatedAt: new DateTimeOffset(fostered.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
                Kbli: sector.Kbli.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray()));
        }
        // Listed businesses are active.
        return result.Select(b => b.EkatalogStatus == "listed" ? b with { Status = "active" } : b).ToList();
    }

    private static long Round(long value) => value / 1_000_000 * 1_000_000;
    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
