using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Features.Requirements;

namespace MedanUmkm.Api.Demo;

/// <summary>
/// About forty export cases for demo businesses in suitable sectors: coffee most, then rubber and palm
/// oil, spread over the stages with plausible documents and timelines; a few overdue, a few with
/// documents expiring within 30 days, some closed, rejected or withdrawn.
/// </summary>
public sealed class ExportCasesDemoSeeder : IDemoSeeder
{
    public int Order => 40;

    private sealed record Product(Commodity Commodity, string HsCode, string Description, VolumeUnit Unit, decimal MinVolume, decimal MaxVolume,
        decimal UsdPerUnit, string[] Destinations);

    private static readonly Product[] Products =
    [
        new(Commodity.Coffee, "09011190", "Kopi arabika biji mentah Sidikalang, grade 1, giling basah", VolumeUnit.Tonne, 6, 38, 6100,
            ["MY", "SG", "US", "JP", "AU", "NL", "DE", "KR", "TW", "AE"]),
        new(Commodity.Coffee, "09011190", "Kopi arabika biji mentah campuran Gayo-Lintong, grade 1", VolumeUnit.Tonne, 10, 40, 5900,
            ["US", "JP", "KR", "DE", "BE", "MY"]),
        new(Commodity.Coffee, "09011110", "Kopi robusta biji mentah Dairi, grade 2", VolumeUnit.Tonne, 18, 60, 4200, ["MY", "SG", "IN", "EG", "SA"]),
        new(Commodity.Coffee, "09012120", "Biji kopi arabika Mandailing sangrai, kemasan 250 g dan 1 kg", VolumeUnit.Kg, 300, 2500, 21,
            ["MY", "SG", "SA", "AE", "AU", "TW"]),
        new(Commodity.Rubber, "40012220", "Karet alam spesifikasi teknis SIR 20 dalam bal 35 kg", VolumeUnit.Tonne, 20.16m, 201.6m, 1650,
            ["US", "CN", "JP", "IN", "TR", "BR"]),
        new(Commodity.Rubber, "40012210", "Karet alam spesifikasi teknis SIR 10", VolumeUnit.Tonne, 20.16m, 100.8m, 1700, ["CN", "JP", "KR"]),
        new(Commodity.PalmOil, "15111000", "Minyak sawit mentah (CPO), ALB paling tinggi 5%", VolumeUnit.Tonne, 100, 1000, 870, ["IN", "CN", "PK", "MY", "EG"]),
        new(Commodity.PalmOilDerivative, "15119037", "Minyak goreng olein sawit RBD dalam kemasan pouch 1 L dan 2 L", VolumeUnit.Litre, 20000, 120000, 1.05m,
            ["TL", "PG", "MY", "PH", "SA"]),
        new(Commodity.PalmOilDerivative, "15179090", "Shortening dan margarin berbahan sawit, karton 15 kg", VolumeUnit.Kg, 8000, 40000, 1.6m,
            ["MY", "PH", "VN", "BD"]),
        new(Commodity.Other, "46021990", "Tikar dan keranjang anyaman pandan buatan tangan", VolumeUnit.Kg, 400, 3000, 9, ["NL", "JP", "AU", "US"]),
        new(Commodity.Other, "09061100", "Kayu manis batang (Cinnamomum burmannii), potongan 8 cm", VolumeUnit.Tonne, 2, 12, 3600, ["US", "NL", "DE"]),
        new(Commodity.Fisheries, "03061721", "Udang vaname beku, utuh, blok 1 kg", VolumeUnit.Tonne, 8, 40, 7800, ["JP", "CN", "US"]),
        new(Commodity.Coffee, "09011190", "Kopi arabika biji mentah Sidikalang, grade 1, untuk penyangrai di Jerman", VolumeUnit.Tonne, 12, 19, 6300, ["DE"]),
    ];

    /// <summary>Plan indexes whose EU-bound coffee gets its production plots (a 6 ha polygon and a 2 ha point near Sidikalang).</summary>
    private static readonly HashSet<int> WithPlots = [17, 21];

    /// <summary>Which product line each of the 40 cases uses (coffee most) and the stage it has reached.</summary>
    private static readonly (int Product, ExportStage Stage)[] Plan =
    [
        (0, ExportStage.Intake), (3, ExportStage.Intake), (4, ExportStage.Intake),
        (0, ExportStage.LegalCheck), (1, ExportStage.LegalCheck), (11, ExportStage.LegalCheck), (6, ExportStage.LegalCheck), (9, ExportStage.LegalCheck),
        (0, ExportStage.CommodityLicence), (3, ExportStage.CommodityLicence), (4, ExportStage.CommodityLicence), (6, ExportStage.CommodityLicence), (7, ExportStage.CommodityLicence),
        (1, ExportStage.BuyerContract), (2, ExportStage.BuyerContract), (5, ExportStage.BuyerContract), (8, ExportStage.BuyerContract),
        (12, ExportStage.Certification), (3, ExportStage.Certification), (4, ExportStage.Certification), (7, ExportStage.Certification),
        (12, ExportStage.Customs), (4, ExportStage.Customs), (10, ExportStage.Customs),
        (0, ExportStage.CertificateOfOrigin), (2, ExportStage.CertificateOfOrigin),
        (1, ExportStage.Shipped), (5, ExportStage.Shipped), (6, ExportStage.Shipped),
        (0, ExportStage.PostExport), (4, ExportStage.PostExport), (3, ExportStage.PostExport),
        (0, ExportStage.Closed), (1, ExportStage.Closed), (2, ExportStage.Closed), (4, ExportStage.Closed), (9, ExportStage.Closed),
        (6, ExportStage.Rejected), (3, ExportStage.Rejected),
        (1, ExportStage.Withdrawn),
    ];

    /// <summary>Cases (by plan index) kept in their stage well past its target.</summary>
    private static readonly HashSet<int> Overdue = [1, 5, 10, 15, 19, 23, 27];

    /// <summary>Cases (by plan index) with a verified document expiring within 30 days.</summary>
    private static readonly HashSet<int> ExpiringSoon = [11, 18, 20, 25];

    private sealed class BusinessPick
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Sector { get; init; } = "";
        public string Nib { get; init; } = "";
        public string? Npwp { get; init; }
        public string Scale { get; init; } = "";
    }

    private sealed class DocumentSeed
    {
        public int CaseId { get; init; }
        public string DocumentType { get; init; } = "";
        public string Status { get; set; } = "";
        public string? Number { get; set; }
        public DateOnly? IssuedOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }
        public string? Note { get; set; }
        public DateTimeOffset UpdatedAt { get; init; }
    }

    private sealed class Officer
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
    }

    private const string InsertCaseSql = """
        INSERT INTO ExportCases (BusinessId, Commodity, HsCode, ProductDescription, DestinationCountry, Volume, VolumeUnit,
            EstimatedValueUsdCents, EstimatedValueIdr, AssignedOfficerId, Stage, StageEnteredAt, OpenedOn, ClosedOn, Outcome,
            TppSirNumber, ReferenceMonth, ReferencePriceUsdPerTonne, LevyRatePercent, DutyUsdPerTonne, ExchangeRateIdrPerUsd,
            CreatedAt, UpdatedAt, Version)
        VALUES (@BusinessId, @Commodity, @HsCode, @ProductDescription, @DestinationCountry, @Volume, @VolumeUnit,
            @EstimatedValueUsdCents, @EstimatedValueIdr, @AssignedOfficerId, @Stage, @StageEnteredAt, @OpenedOn, @ClosedOn, @Outcome,
            @TppSirNumber, @ReferenceMonth, @ReferencePriceUsdPerTonne, @LevyRatePercent, @DutyUsdPerTonne, @ExchangeRateIdrPerUsd,
            @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string InsertDocumentSql = """
        INSERT INTO ExportCaseDocuments (ExportCaseId, DocumentType, Status, Number, IssuedOn, ExpiresOn, Note, UpdatedAt, Version)
        VALUES (@CaseId, @DocumentType, @Status, @Number, @IssuedOn, @ExpiresOn, @Note, @UpdatedAt, 1)
        """;

    private static readonly string[] IntakeNotes =
    [
        "Eksportir datang ke kantor dinas; contoh produk dan profil usaha diterima.",
        "Kontak pembeli didapat dari pameran dagang Medan; eksportir perlu bantuan perizinan.",
        "Pemilik menanyakan KUR untuk modal kerja sebelum pengiriman; dirujuk ke meja layanan bank.",
        "Contoh 5 kg dikirim ke pembeli melalui kargo udara dari Kualanamu.",
    ];

    private static readonly string[] StuckNotes =
    [
        "Menunggu eksportir membawa dokumen asli; sudah diingatkan lewat telepon.",
        "Menunggu jadwal pemeriksaan dari Balai Karantina Belawan.",
        "Pembeli sedang menawar ulang harga; kontrak belum ditandatangani.",
        "Pembaruan data di OSS tertunda: KBLI 46311 belum tercantum pada NIB.",
    ];

    public async Task SeedAsync(DbSession db, DemoContext context, CancellationToken ct)
    {
        var businesses = (await db.QueryAsync<BusinessPick>("""
            SELECT Id, Name, Sector, Nib, Npwp, Scale FROM Businesses
            WHERE Status = 'active' AND Sector IN ('agriculture', 'food_beverage', 'manufacturing', 'trade')
            ORDER BY Id
            """, null, ct)).ToList();
        var officers = (await db.QueryAsync<Officer>(
            "SELECT Id, Name, Role FROM Users WHERE IsActive = 1 AND Role IN ('officer', 'admin') ORDER BY Id", null, ct)).ToList();
        if (businesses.Count == 0 || officers.Count == 0) return;
        var preferred = context.UserIds.TryGetValue("officer", out var officerId) ? officers.FirstOrDefault(o => o.Id == officerId) : null;

        var catalogue = (await RequirementCatalogue.LoadAsync(db, ExportChecklist.Scope, ct)).Rows;
        var plots = new List<object>();
        var random = new Random(6030);
        var now = context.Now;
        var targets = StageTargets.Defaults;
        var used = new HashSet<int>();
        var documents = new List<DocumentSeed>();
        var timeline = new List<object>();

        for (var index = 0; index < Plan.Length; index++)
        {
            var (productIndex, finalStage) = Plan[index];
            var product = Products[productIndex];
            var business = PickBusiness(businesses, product.Commodity, used, random);
            var officer = preferred is not null && random.Next(3) > 0 ? preferred : officers[random.Next(officers.Count)];
            var destination = product.Destinations[random.Next(product.Destinations.Length)];
            var volume = decimal.Round(product.MinVolume + (product.MaxVolume - product.MinVolume) * (decimal)random.NextDouble(),
                product.Unit == VolumeUnit.Tonne ? 2 : 0);
            var usdCents = (long)decimal.Round(volume * product.UsdPerUnit * (0.9m + 0.2m * (decimal)random.NextDouble()) * 100m);
            var idr = usdCents / 100 * (15_900 + random.Next(0, 800));

            // The path: forward stages up to the final one (rejected/withdrawn end after an open stage).
            var terminal = finalStage is ExportStage.Rejected or ExportStage.Withdrawn;
            var lastOpen = terminal
                ? StageFlow.Forward[finalStage == ExportStage.Rejected ? 2 : 3]
                : finalStage;
            var path = StageFlow.Forward.TakeWhile(s => s != lastOpen).Append(lastOpen).ToList();
            if (terminal) path.Add(finalStage);

            // Stay in the current (last) stage, then the stays before it, counted back from now.
            double currentStay = StageFlow.IsOpen(finalStage)
                ? Overdue.Contains(index)
                    ? targets[finalStage] + 4 + random.Next(0, 35) + random.NextDouble()
                    : random.NextDouble() * (targets[finalStage] - 1)
                : 3 + random.Next(0, 200) + random.NextDouble();
            var entered = new DateTimeOffset[path.Count];
            entered[^1] = now.AddDays(-currentStay);
            for (var i = path.Count - 2; i >= 0; i--)
            {
                var stayTarget = targets.GetValueOrDefault(path[i], 7);
                var stay = stayTarget * (0.3 + random.NextDouble() * 0.9);
                entered[i] = entered[i + 1].AddDays(-stay).AddMinutes(-random.Next(30, 600));
            }
            var openedAt = entered[0];
            var closed = !StageFlow.IsOpen(finalStage);
            var isPalm = product.Commodity is Commodity.PalmOil or Commodity.PalmOilDerivative;

            var caseId = await db.InsertAsync(InsertCaseSql, new
            {
                BusinessId = business.Id,
                Commodity = EnumText.Of(product.Commodity),
                product.HsCode,
                ProductDescription = product.Description,
                DestinationCountry = destination,
                Volume = volume,
                VolumeUnit = EnumText.Of(product.Unit),
                EstimatedValueUsdCents = usdCents,
                EstimatedValueIdr = idr,
                AssignedOfficerId = officer.Id,
                Stage = EnumText.Of(finalStage),
                StageEnteredAt = entered[^1],
                OpenedOn = OfficeTime.DateOf(openedAt),
                ClosedOn = closed ? OfficeTime.DateOf(entered[^1]) : (DateOnly?)null,
                Outcome = StageFlow.OutcomeOf(finalStage) is { } o ? EnumText.Of(o) : null,
                TppSirNumber = CommodityHs.IsSir(product.Commodity, product.HsCode) ? $"TPP-SIR/{random.Next(100, 999)}/DAGLU/2026" : null,
                // Palm oil: the month's CPO reference price, the PMK 30/2025 levy rate and a PMK 38/2024 duty column, as an officer records them.
                ReferenceMonth = isPalm ? OfficeTime.DateOf(openedAt).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : null,
                ReferencePriceUsdPerTonne = isPalm ? 930m + random.Next(0, 60) : (decimal?)null,
                LevyRatePercent = isPalm ? 10m : (decimal?)null,
                DutyUsdPerTonne = isPalm ? 124m : (decimal?)null,
                ExchangeRateIdrPerUsd = isPalm ? 16_400m + random.Next(0, 400) : (decimal?)null,
                CreatedAt = openedAt,
                UpdatedAt = entered[^1],
                Version = path.Count,
            }, ct);

            // Timeline: opened, each move, and a note or two.
            void Entry(DateTimeOffset at, string kind, ExportStage? from, ExportStage? to, string? note) => timeline.Add(new
            {
                CaseId = caseId, OccurredAt = at, Kind = kind,
                FromStage = from is { } f ? EnumText.Of(f) : null, ToStage = to is { } t ? EnumText.Of(t) : null,
                DocumentType = (string?)null, FromStatus = (string?)null, ToStatus = (string?)null, Detail = (string?)null,
                Note = note, ActorUserId = (int?)officer.Id, ActorName = officer.Name,
            });
            Entry(openedAt, "opened", null, ExportStage.Intake, null);
            Entry(openedAt.AddHours(2), "note", null, null, IntakeNotes[random.Next(IntakeNotes.Length)]);
            for (var i = 1; i < path.Count; i++)
                Entry(entered[i], "stage_changed", path[i - 1], path[i], MoveNote(path[i], product.Commodity));
            if (Overdue.Contains(index))
                Entry(entered[^1].AddDays(Math.Min(currentStay - 0.5, 3 + random.Next(5))), "note", null, null, StuckNotes[random.Next(StuckNotes.Length)]);

            // Documents: verified for every stage left behind; a mix for the current stage; missing ahead.
            var currentStage = lastOpen;
            var asOf = closed ? OfficeTime.DateOf(entered[^1]) : context.Today;
            var facts = new ExportCaseFacts(product.Commodity, product.HsCode, destination, business.Scale, usdCents / 100m);
            var checklist = ExportChecklist.Evaluate(catalogue, facts, asOf).Where(i => i.State != ChecklistState.Upcoming)
                .GroupBy(i => i.DocumentType).Select(g => g.OrderBy(i => i.State).First()).ToList();
            foreach (var requirement in checklist.Select(i => (Type: i.DocumentType, i.Stage)))
            {
                var stageIndex = path.IndexOf(requirement.Stage);
                var passed = stageIndex >= 0 && (stageIndex < path.IndexOf(currentStage) || (closed && !terminal));
                var atCurrent = requirement.Stage == currentStage && StageFlow.IsOpen(finalStage) || requirement.Stage == currentStage && terminal;
                string status;
                string? note = null;
                if (passed) status = "verified";
                else if (atCurrent)
                {
                    var roll = random.Next(10);
                    status = roll < 3 ? "verified" : roll < 7 ? "submitted" : roll < 9 ? "missing" : "rejected";
                    if (status == "rejected") note = "Pindaian tidak terbaca dan nomornya tidak cocok dengan OSS; mohon kirim ulang.";
                    if (terminal && requirement.Stage == currentStage && status == "verified") status = "submitted";
                }
                else status = "missing";

                DateOnly? issued = null, expires = null;
                string? number = null;
                if (status == "verified") note ??= "Diperiksa terhadap dokumen asli.";
                if (status is "verified" or "submitted" or "rejected")
                {
                    var enteredStage = entered[Math.Max(0, path.IndexOf(requirement.Stage))];
                    issued = OfficeTime.DateOf(enteredStage).AddDays(-random.Next(0, 5));
                    if (requirement.Stage == ExportStage.LegalCheck) issued = issued.Value.AddDays(-random.Next(200, 1500));
                    number = NumberFor(requirement.Type, business, issued.Value, random);
                    expires = ExpiryFor(requirement.Type, issued.Value);
                    if (expires is { } e && e < context.Today && status == "verified" && !passed)
                        expires = context.Today.AddDays(random.Next(40, 300));
                    if (expires is { } e2 && e2 < context.Today && passed && StageFlow.IsOpen(finalStage))
                        expires = context.Today.AddDays(random.Next(35, 400)); // renewed
                }
                documents.Add(new DocumentSeed
                {
                    CaseId = caseId, DocumentType = requirement.Type, Status = status, Number = number,
                    IssuedOn = issued, ExpiresOn = expires, Note = note,
                    UpdatedAt = issued is null ? openedAt : entered[Math.Max(0, path.IndexOf(requirement.Stage))],
                });
            }
            if (WithPlots.Contains(index))
            {
                // The plots near Sidikalang (Dairi): a 6 ha garden as its polygon, a 2 ha smallholding as a point.
                var lat = 2.74 + random.NextDouble() * 0.05;
                var lon = 98.30 + random.NextDouble() * 0.05;
                const double side = 244.949; // metres: a 6 ha square
                var dLat = side / (PlotRules.AuthalicRadius * Math.PI / 180);
                var dLon = dLat / Math.Cos(lat * Math.PI / 180);
                string P(double x, double y) => $"[{x.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture)},{y.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture)}]";
                var polygon = $"{{\"type\":\"Polygon\",\"coordinates\":[[{P(lon, lat)},{P(lon + dLon, lat)},{P(lon + dLon, lat + dLat)},{P(lon, lat + dLat)},{P(lon, lat)}]]}}";
                var point = $"{{\"type\":\"Point\",\"coordinates\":{P(lon + 0.01, lat + 0.01)}}}";
                var season = OfficeTime.DateOf(openedAt);
                plots.Add(new { CaseId = caseId, ProducerName = "Kelompok Tani Kopi Sumbul", ProductionPlace = "Kebun Sumbul 1", Region = "Kabupaten Dairi, Sumatera Utara",
                    From = season.AddMonths(-8), To = season.AddMonths(-2), Type = "polygon", Geometry = polygon, AreaHa = 6.0m, At = openedAt });
                plots.Add(new { CaseId = caseId, ProducerName = "Br. Sitorus", ProductionPlace = "Ladang Parongil", Region = "Kabupaten Dairi, Sumatera Utara",
                    From = season.AddMonths(-8), To = season.AddMonths(-2), Type = "point", Geometry = point, AreaHa = 2.0m, At = openedAt });
            }
            if (ExpiringSoon.Contains(index))
            {
                // A licence verified earlier that runs out soon (the expiring-documents list shows it).
                var type = product.Commodity switch
                {
                    Commodity.Coffee => "customs_access",
                    Commodity.Rubber => "sppt_sni_1903",
                    Commodity.PalmOil or Commodity.PalmOilDerivative => "pe_palm_oil",
                    _ => "customs_access",
                };
                var seed = documents.FirstOrDefault(d => d.CaseId == caseId && d.DocumentType == type);
                if (seed is not null)
                {
                    seed.Status = "verified";
                    seed.IssuedOn = context.Today.AddYears(-1).AddDays(random.Next(5, 25));
                    seed.Number ??= NumberFor(type, business, seed.IssuedOn.Value, random);
                    seed.ExpiresOn = context.Today.AddDays(random.Next(5, 28));
                    seed.Note = "Diperiksa terhadap dokumen asli.";
                }
            }
        }

        await db.ExecuteAsync(InsertDocumentSql, documents, ct);
        await db.ExecuteAsync("""
            INSERT INTO ExportCasePlots (ExportCaseId, ProducerName, ProductionPlace, CountryCode, Region, ProductionFrom, ProductionTo,
                GeometryType, Geometry, AreaHa, CreatedAt, UpdatedAt, Version)
            VALUES (@CaseId, @ProducerName, @ProductionPlace, 'ID', @Region, @From, @To, @Type, @Geometry, @AreaHa, @At, @At, 1)
            """, plots, ct);
        await db.ExecuteAsync(ExportCaseSql.InsertTimeline, timeline, ct);
    }

    private static BusinessPick PickBusiness(List<BusinessPick> all, Commodity commodity, HashSet<int> used, Random random)
    {
        string[] keywords = commodity switch
        {
            Commodity.Coffee => ["kopi", "coffee"],
            Commodity.Rubber => ["karet", "rubber"],
            Commodity.Fisheries => ["ikan", "udang", "laut"],
            Commodity.PalmOil or Commodity.PalmOilDerivative => ["sawit", "minyak", "palm"],
            _ => ["anyam", "rempah", "kerajinan"],
        };
        string[] sectors = commodity switch
        {
            Commodity.Coffee => ["agriculture", "food_beverage"],
            Commodity.Rubber => ["agriculture", "manufacturing"],
            Commodity.PalmOilDerivative => ["food_beverage", "manufacturing"],
            Commodity.PalmOil => ["agriculture", "trade"],
            Commodity.Fisheries => ["food_beverage", "agriculture", "trade"],
            _ => ["trade", "manufacturing", "agriculture"],
        };
        var fresh = all.Where(b => !used.Contains(b.Id)).ToList();
        var byName = fresh.Where(b => keywords.Any(k => b.Name.Contains(k, StringComparison.OrdinalIgnoreCase))).ToList();
        var bySector = fresh.Where(b => sectors.Contains(b.Sector)).ToList();
        var pool = byName.Count > 0 ? byName : bySector.Count > 0 ? bySector : fresh.Count > 0 ? fresh : all;
        var pick = pool[random.Next(pool.Count)];
        used.Add(pick.Id);
        return pick;
    }

    private static string? MoveNote(ExportStage to, Commodity commodity) => to switch
    {
        ExportStage.LegalCheck => "Penerimaan selesai: kode HS, negara tujuan dan volume sudah dipastikan dengan eksportir.",
        ExportStage.CommodityLicence => "NIB (KBLI ekspor), NPWP dan akses kepabeanan sudah diperiksa.",
        ExportStage.BuyerContract => commodity switch
        {
            Commodity.Coffee => "Sejak ETK dihapus pada 15 November 2021 tidak perlu pendaftaran eksportir kopi; kontak pembeli sudah dipastikan.",
            Commodity.Rubber => "Pendaftaran TPP SIR dan SPPT-SNI 1903:2017 sudah ada.",
            Commodity.PalmOil or Commodity.PalmOilDerivative => "Persetujuan ekspor (PE) terbit setelah realisasi DMO.",
            _ => null,
        },
        ExportStage.Certification => "Kontrak penjualan ditandatangani; pengiriman FOB Belawan.",
        ExportStage.Customs => "Sertifikat lengkap; pemesanan ruang kapal dikonfirmasi dengan forwarder.",
        ExportStage.CertificateOfOrigin => "PEB diajukan dan NPE diterbitkan KPPBC Belawan.",
        ExportStage.Shipped => "Surat keterangan asal terbit; kontainer dimuat di Pelabuhan Belawan.",
        ExportStage.PostExport => "Kapal sudah berangkat; menunggu pembayaran pembeli dan laporan realisasi.",
        ExportStage.Closed => "Devisa hasil ekspor diterima melalui bank dalam negeri; pendampingan ditutup.",
        ExportStage.Rejected => "Persetujuan ekspor tidak dapat diperoleh: kewajiban pasok dalam negeri (DMO) belum terpenuhi.",
        ExportStage.Withdrawn => "Pembeli membatalkan pesanan; eksportir menjual di pasar lokal musim ini.",
        _ => null,
    };

    private static string NumberFor(string type, BusinessPick b, DateOnly issued, Random r) => type switch
    {
        "nib_export_kbli" => b.Nib,
        "npwp" => b.Npwp ?? $"{r.Next(10, 99)}{r.Next(100_000, 999_999)}{r.Next(1000, 9999)}121000",
        "customs_access" => $"RK-{issued.Year}-{r.Next(100_000, 999_999)}",
        "etk_coffee" => $"02.ETK-17.{issued:yy}.{r.Next(1000, 9999)}",
        "tpp_sir" => $"TPP-SIR/{r.Next(100, 999)}/DAGLU/{issued.Year}",
        "sppt_sni_1903" => $"SPPT-SNI 1903:2017/{r.Next(1000, 9999)}",
        "pe_palm_oil" => $"04.PE-53.{issued:yy}.{r.Next(1000, 9999)}",
        "sales_contract" => $"SC/{issued:yyyyMM}/{r.Next(100, 999)}",
        "phytosanitary" => $"{r.Next(100_000, 999_999)}/PC/BBKP-BLW/{issued.Year}",
        "sir_quality_certificate" => $"QC-SIR-{issued:yyMMdd}-{r.Next(100, 999)}",
        "halal" => $"ID1211000{r.Next(10_000_000, 99_999_999)}",
        "peb" => $"040300-{issued:yyyyMMdd}-{r.Next(100_000, 999_999)}",
        "npe" => $"NPE-040300-{r.Next(100_000, 999_999)}",
        "ska_form_d" => $"D-ID{issued.Year}-{r.Next(1_000_000, 9_999_999)}",
        "ska" => $"B-ID{issued.Year}-{r.Next(1_000_000, 9_999_999)}",
        "ico_certificate" => $"ICO 025/{r.Next(100, 999)}/{r.Next(1000, 9999)}",
        "ska_form_e" or "ska_form_ak" or "ska_form_ai" or "ska_form_aanz" or "ska_form_ijepa" => $"{type[9..].ToUpperInvariant()}-ID{issued.Year}-{r.Next(1_000_000, 9_999_999)}",
        "rex_statement" => $"IDREX{r.Next(10_000_000, 99_999_999)}",
        "fish_health_certificate" => $"HC/{r.Next(10_000, 99_999)}/BKI-BLW/{issued.Year}",
        "palm_export_levy" or "palm_export_duty" => $"NTPN-{r.Next(100_000_000, 999_999_999)}",
        "dhe_special_account" => $"REKSUS-DHE-{r.Next(100_000, 999_999)}",
        _ => $"LR-{issued.Year}-{r.Next(1000, 9999)}",
    };

    private static DateOnly? ExpiryFor(string type, DateOnly issued) => type switch
    {
        "etk_coffee" => issued.AddYears(3),
        "tpp_sir" => issued.AddYears(5),
        "sppt_sni_1903" => issued.AddYears(4),
        "pe_palm_oil" => issued.AddMonths(6),
        "phytosanitary" => issued.AddDays(30),
        "sir_quality_certificate" => issued.AddDays(90),
        "halal" => issued.AddYears(4),
        "ska_form_d" or "ska" or "ska_form_e" or "ska_form_ak" or "ska_form_ai" or "ska_form_aanz" or "ska_form_ijepa" => issued.AddYears(1),
        _ => null,
    };
}
