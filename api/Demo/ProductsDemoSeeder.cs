using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Features.Products;

namespace MedanUmkm.Api.Demo;

/// <summary>
/// Demo products (1-4 per business that has any), photos generated in code, KSWP checks and the
/// e-katalog history of businesses past not_started. Readiness is spread the way the office sees
/// it: nearly all listed businesses fully ready, many others one item short, some far off.
/// Runs after the businesses seeder (Order 10); deterministic.
/// </summary>
public sealed class ProductsDemoSeeder : IDemoSeeder
{
    public int Order => 20;

    private enum Profile { Ready, AlmostReady, Far, Nothing }

    private sealed class BusinessInfo
    {
        public int Id { get; init; }
        public string Sector { get; init; } = "";
        public string EkatalogStatus { get; init; } = "";
        public int Version { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }

    private sealed class KbliInfo
    {
        public int BusinessId { get; init; }
        public string Code { get; init; } = "";
    }

    private sealed class ProductId
    {
        public int Id { get; init; }
        public int BusinessId { get; init; }
        public string Name { get; init; } = "";
    }

    private sealed record Template(string Name, string Unit, long MinPrice, long MaxPrice, string? HsCode, string? Sni, string Description);

    private static readonly Dictionary<ProductCategory, Template[]> Templates = new()
    {
        [ProductCategory.FoodBeverage] =
        [
            new("Kopi Arabika Sidikalang Bubuk 250 g", "pack", 55_000, 85_000, "090121", "SNI 01-3542-2004", "Kopi arabika Sidikalang sangrai medium, digiling halus, kemasan aluminium foil dengan katup."),
            new("Bika Ambon Pandan", "kotak", 45_000, 110_000, "190590", null, "Bika ambon khas Medan rasa pandan, isi 20 potong, tahan 4 hari tanpa pengawet."),
            new("Keripik Ubi Balado 200 g", "pack", 12_000, 22_000, "200599", null, "Keripik ubi kayu pedas manis dari ubi lokal Deli Serdang."),
            new("Sirup Markisa Medan 600 ml", "botol", 30_000, 48_000, "200989", null, "Sirup buah markisa asli tanpa pewarna buatan."),
            new("Bolu Meranti Gulung Keju", "kotak", 60_000, 95_000, "190590", null, "Bolu gulung lembut isi keju, dipanggang setiap hari."),
            new("Teri Medan Goreng Kacang 200 g", "pack", 25_000, 45_000, "160420", null, "Teri Medan kering digoreng dengan kacang tanah, renyah dan gurih."),
            new("Dodol Durian 250 g", "pack", 28_000, 40_000, "170490", null, "Dodol dari durian Sumatera Utara, dibungkus daun pandan."),
            new("Sambal Andaliman 150 g", "botol", 25_000, 38_000, "210390", null, "Sambal khas Batak dengan andaliman segar, pedas dan sedikit getir."),
            new("Teh Daun Kelor Celup isi 25", "kotak", 20_000, 35_000, "121190", null, "Teh herbal daun kelor kering, tanpa kafein."),
            new("Rendang Daging Kemasan 250 g", "pack", 65_000, 95_000, "160250", null, "Rendang daging sapi dimasak 6 jam, kemasan retort tahan 6 bulan."),
            new("Kopi Robusta Dairi Biji 500 g", "pack", 50_000, 80_000, "090121", "SNI 01-2907-2008", "Biji kopi robusta Dairi sangrai, cocok untuk espresso."),
            new("Jahe Merah Instan 300 g", "toples", 25_000, 45_000, "210690", null, "Minuman serbuk jahe merah dengan gula aren."),
        ],
        [ProductCategory.Fashion] =
        [
            new("Kain Ulos Ragi Hotang", "lembar", 350_000, 1_500_000, "630499", null, "Ulos tenun tangan motif ragi hotang, panjang 180 cm."),
            new("Kemeja Batik Medan Motif Pintu Aceh", "pcs", 150_000, 350_000, "620520", null, "Kemeja batik cap katun primisima, ukuran S sampai XXL."),
            new("Songket Batubara", "lembar", 800_000, 3_500_000, "580790", null, "Songket tenun benang emas khas Batubara."),
            new("Tas Kulit Sapi Wanita", "pcs", 250_000, 650_000, "420221", null, "Tas tangan kulit sapi asli, jahitan tangan."),
            new("Sepatu Kulit Pria Pantofel", "pasang", 300_000, 600_000, "640359", null, "Sepatu pantofel kulit sapi, sol karet."),
            new("Jilbab Segi Empat Voal", "pcs", 45_000, 95_000, "621420", null, "Jilbab voal motif cetak, 115 x 115 cm."),
        ],
        [ProductCategory.Craft] =
        [
            new("Ukiran Kayu Gorga Batak", "pcs", 250_000, 1_200_000, "442190", null, "Panel ukiran gorga Batak dari kayu nangka, dicat tiga warna tradisional."),
            new("Keranjang Rotan Anyaman", "pcs", 65_000, 180_000, "460211", null, "Keranjang rotan serbaguna, diameter 35 cm."),
            new("Miniatur Rumah Bolon", "pcs", 150_000, 450_000, "442190", null, "Miniatur rumah adat Batak Toba dari kayu, 30 cm."),
            new("Gerabah Hias Motif Melayu", "pcs", 75_000, 250_000, "691390", null, "Gerabah tanah liat dibakar dan dicat motif pucuk rebung."),
            new("Tas Anyaman Pandan", "pcs", 55_000, 140_000, "460219", null, "Tas anyaman daun pandan dengan lapisan kain."),
        ],
        [ProductCategory.Furniture] =
        [
            new("Kursi Rotan Teras", "set", 1_200_000, 3_500_000, "940159", null, "Satu set dua kursi dan meja rotan sintetis untuk teras."),
            new("Meja Makan Kayu Jati 6 Kursi", "set", 6_500_000, 14_000_000, "940360", null, "Meja makan kayu jati finishing natural dengan enam kursi."),
            new("Lemari Pakaian Mahoni 3 Pintu", "unit", 3_500_000, 7_500_000, "940350", null, "Lemari kayu mahoni tiga pintu dengan cermin."),
            new("Rak Buku Bambu", "unit", 250_000, 650_000, "940389", null, "Rak buku bambu lima susun, dapat dibongkar pasang."),
        ],
        [ProductCategory.AgricultureProduce] =
        [
            new("Jeruk Berastagi Segar", "kg", 18_000, 30_000, "080510", null, "Jeruk manis Berastagi dipetik langsung dari kebun."),
            new("Cabai Merah Segar", "kg", 35_000, 70_000, "070960", null, "Cabai merah keriting segar dari petani binaan."),
            new("Kopi Arabika Green Bean", "kg", 95_000, 150_000, "090111", null, "Biji kopi arabika mentah grade 1, proses semi-washed."),
            new("Ikan Lele Segar", "kg", 22_000, 32_000, "030272", null, "Lele budidaya kolam terpal, ukuran konsumsi 6-8 ekor per kg."),
            new("Jahe Merah Segar", "kg", 28_000, 45_000, "091011", null, "Rimpang jahe merah umur 10 bulan."),
        ],
        [ProductCategory.Cosmetics] =
        [
            new("Sabun Sereh Wangi Batangan", "pcs", 15_000, 30_000, "340111", null, "Sabun mandi cold process dengan minyak sereh wangi."),
            new("Minyak Kemiri Rambut 100 ml", "botol", 25_000, 45_000, "330590", null, "Minyak kemiri murni untuk perawatan rambut."),
            new("Lulur Kopi Tradisional 200 g", "toples", 30_000, 55_000, "330499", null, "Lulur bubuk kopi dan beras untuk mengangkat sel kulit mati."),
            new("Minyak Atsiri Nilam 10 ml", "botol", 45_000, 90_000, "330129", null, "Minyak nilam hasil suling uap, kadar patchouli alcohol tinggi."),
        ],
        [ProductCategory.Other] =
        [
            new("Paket Souvenir Pernikahan", "paket", 8_000, 25_000, null, null, "Souvenir pernikahan custom nama, minimal 100 paket."),
            new("Tempat Tisu Akrilik", "pcs", 35_000, 75_000, "392690", null, "Tempat tisu akrilik dengan cetak logo."),
            new("Kaos Sablon Custom", "pcs", 55_000, 95_000, "610910", null, "Kaos katun combed 30s dengan sablon plastisol."),
        ],
    };

    private static readonly (byte R, byte G, byte B)[] Colours =
    [
        (121, 85, 61), (196, 150, 84), (214, 92, 60), (233, 196, 106), (102, 140, 80), (74, 111, 165),
        (160, 64, 90), (88, 88, 88), (230, 230, 220), (140, 100, 160), (60, 130, 130), (190, 60, 50),
    ];

    private static readonly string[] RejectReasons =
    [
        "Foto produk belum berlatar polos sesuai ketentuan katalog.",
        "Spesifikasi teknis produk belum lengkap.",
        "Harga belum mencantumkan ongkos kirim dalam kota.",
    ];

    private static readonly string[] DelistReasons =
    [
        "Atas permintaan pemilik usaha (berhenti produksi sementara).",
        "Sertifikat halal kedaluwarsa dan belum diperpanjang.",
    ];

    private const string BusinessesSql = "SELECT Id, Sector, EkatalogStatus, Version, CreatedAt FROM Businesses WHERE Id IN @Ids";
    private const string KbliSql = "SELECT BusinessId, Code FROM BusinessKbli WHERE BusinessId IN @Ids";
    private const string UserNameSql = "SELECT Name FROM Users WHERE Id = @Id";
    private const string InsertProductSql = """
        INSERT INTO Products (BusinessId, Name, Category, Description, PriceIdr, Unit, MinimumOrder, KbliCode, HsCode,
            TkdnPercent, SniNumber, HalalCertificateNumber, HalalCertificateExpiresOn, PirtNumber, BpomNumber, IsFood,
            IsActive, CreatedAt, UpdatedAt, Version)
        VALUES (@BusinessId, @Name, @Category, @Description, @PriceIdr, @Unit, @MinimumOrder, @KbliCode, @HsCode,
            @TkdnPercent, @SniNumber, @HalalCertificateNumber, @HalalCertificateExpiresOn, @PirtNumber, @BpomNumber, @IsFood,
            @IsActive, @CreatedAt, @CreatedAt, 1)
        """;
    private const string ProductIdsSql = "SELECT Id, BusinessId, Name FROM Products WHERE BusinessId IN @Ids";
    private const string InsertPhotoSql = """
        INSERT INTO ProductPhotos (ProductId, ContentType, SizeBytes, Sha256, Content, CreatedAt)
        VALUES (@ProductId, 'image/png', @SizeBytes, @Sha256, @Content, @CreatedAt)
        """;
    private const string InsertKswpSql = """
        INSERT INTO TaxStatusChecks (BusinessId, Status, CheckedOn, Reference, RecordedAt, RecordedById, RecordedByName)
        VALUES (@BusinessId, @Status, @CheckedOn, @Reference, @RecordedAt, @ActorId, @ActorName)
        """;
    private const string InsertTransitionSql = """
        INSERT INTO EkatalogTransitions (BusinessId, FromStatus, ToStatus, Reason, OccurredAt, ActorType, ActorId, ActorName, BusinessVersion)
        VALUES (@BusinessId, @FromStatus, @ToStatus, @Reason, @OccurredAt, 'user', @ActorId, @ActorName, @BusinessVersion)
        """;

    private sealed record ProductPlan(int BusinessId, string Name, ProductCategory Category, object Row, int Photos);

    public async Task SeedAsync(DbSession db, DemoContext context, CancellationToken ct)
    {
        if (context.BusinessIds.Count == 0) return;
        var rng = new Random(20_4_2026);
        var today = context.Today;
        var officerId = context.UserIds.TryGetValue("officer", out var o) ? o : (int?)null;
        var officerName = officerId is null ? "Petugas Dinas" : await db.ExecuteScalarAsync<string>(UserNameSql, new { Id = officerId }, ct) ?? "Petugas Dinas";
        var actorId = officerId?.ToString(CultureInfo.InvariantCulture);

        var businesses = new List<BusinessInfo>();
        var kbli = new List<KbliInfo>();
        foreach (var chunk in context.BusinessIds.Chunk(500))
        {
            businesses.AddRange(await db.QueryAsync<BusinessInfo>(BusinessesSql, new { Ids = chunk }, ct));
            kbli.AddRange(await db.QueryAsync<KbliInfo>(KbliSql, new { Ids = chunk }, ct));
        }
        businesses.Sort((a, b) => a.Id.CompareTo(b.Id));
        var kbliOf = kbli.ToLookup(k => k.BusinessId, k => k.Code);

        var products = new List<ProductPlan>();
        var kswp = new List<object>();
        var transitions = new List<object>();
        foreach (var b in businesses)
        {
            var profile = ChooseProfile(b.EkatalogStatus, rng);
            var codes = kbliOf[b.Id].ToList();
            var categories = MatchingCategories(codes, b.Sector);
            // The one thing an almost-ready business lacks.
            int[] gaps = categories.Contains(ProductCategory.FoodBeverage) ? [0, 1, 2, 3, 4, 5] : [0, 1, 5];
            var gap = profile == Profile.AlmostReady ? gaps[rng.Next(gaps.Length)] : -1;
            var count = profile switch
            {
                Profile.Nothing => 0,
                Profile.Far => rng.Next(0, 3),
                _ => rng.Next(1, 5),
            };
            var usedNames = new HashSet<string>();
            for (var i = 0; i < count; i++)
            {
                var category = categories[rng.Next(categories.Length)];
                if (profile == Profile.AlmostReady && gap == 5 && i == 0)
                    category = MismatchedCategory(codes, rng); // sells something its licence does not cover
                if (profile == Profile.AlmostReady && gap is 2 or 3 or 4 && i == 0)
                    category = ProductCategory.FoodBeverage; // the food certificate gap needs a food product
                var template = Templates[category][rng.Next(Templates[category].Length)];
                if (!usedNames.Add(template.Name)) continue;
                var isFood = category == ProductCategory.FoodBeverage;
                var complete = profile is Profile.Ready or Profile.AlmostReady;
                var price = RoundPrice(template.MinPrice + (long)(rng.NextDouble() * (template.MaxPrice - template.MinPrice)));
                var halalExpires = today.AddDays(rng.Next(120, 1100));
                var noHalal = isFood && (profile == Profile.Far ? rng.Next(2) == 0 : profile == Profile.AlmostReady && gap == 2);
                var expiredHalal = isFood && profile == Profile.AlmostReady && gap == 3;
                var noLicence = isFood && (profile == Profile.Far ? rng.Next(2) == 0 : profile == Profile.AlmostReady && gap == 4);
                var bpom = isFood && rng.Next(4) == 0;
                var photoCount = !complete ? rng.Next(0, 2) : profile == Profile.AlmostReady && gap == 1 ? 0 : rng.Next(1, 3);
                var matchingKbli = codes.FirstOrDefault(c => ProductCategories.Matches(category, c));
                var createdAt = context.Now.AddDays(-rng.Next(30, 700)).AddMinutes(-rng.Next(1440));
                products.Add(new ProductPlan(b.Id, template.Name, category, new
                {
                    BusinessId = b.Id,
                    template.Name,
                    Category = EnumText.Of(category),
                    Description = complete || rng.Next(2) == 0 ? template.Description : null,
                    PriceIdr = complete || rng.Next(3) == 0 ? price : (long?)null,
                    template.Unit,
                    MinimumOrder = template.Unit is "kg" or "pack" or "botol" ? rng.Next(1, 6) * 5 : rng.Next(1, 4),
                    KbliCode = category == ProductCategory.Other ? null : matchingKbli,
                    HsCode = rng.Next(3) == 0 ? null : template.HsCode,
                    TkdnPercent = (decimal?)(rng.Next(4) == 0 ? null : Math.Round(40m + (decimal)rng.NextDouble() * 60m, 2)),
                    SniNumber = template.Sni,
                    HalalCertificateNumber = isFood && !noHalal ? $"ID1211{rng.NextInt64(1_000_000_000_000, 9_999_999_999_999)}" : null,
                    HalalCertificateExpiresOn = isFood && !noHalal ? expiredHalal ? today.AddDays(-rng.Next(5, 90)) : halalExpires : (DateOnly?)null,
                    PirtNumber = isFood && !noLicence && !bpom ? $"{rng.Next(1, 6)}{rng.Next(1, 10)}71271{rng.Next(10_000_000, 99_999_999)}-{(today.Year + rng.Next(1, 5)) % 100:D2}" : null,
                    BpomNumber = isFood && !noLicence && bpom ? $"MD {rng.NextInt64(100_000_000_000, 999_999_999_999)}" : null,
                    IsFood = isFood,
                    IsActive = true,
                    CreatedAt = createdAt,
                }, photoCount));
            }

            // KSWP: current for ready businesses; missing, invalid or too old for the one-item-short (gap 0) and the far.
            // A KSWP counts until the next annual return deadline (31 March for individuals): current ones were checked since the last one.
            if (profile == Profile.Ready || (profile == Profile.AlmostReady && gap != 0))
                kswp.Add(Kswp(b.Id, "valid", today.AddDays(-rng.Next(0, DaysSinceLastDeadline(today))), rng, context.Now, actorId, officerName));
            else if (profile == Profile.AlmostReady)
            {
                var variant = rng.Next(3);
                if (variant == 1) kswp.Add(Kswp(b.Id, "invalid", today.AddDays(-rng.Next(7, 200)), rng, context.Now, actorId, officerName));
                if (variant == 2) kswp.Add(Kswp(b.Id, "valid", today.AddDays(-rng.Next(380, 700)), rng, context.Now, actorId, officerName));
            }
            else if (profile == Profile.Far && rng.Next(4) == 0)
                kswp.Add(Kswp(b.Id, "valid", today.AddDays(-rng.Next(400, 900)), rng, context.Now, actorId, officerName));

            transitions.AddRange(History(b, rng, context.Now, actorId, officerName));
        }

        foreach (var batch in products.Chunk(1000))
            await db.ExecuteAsync(InsertProductSql, batch.Select(p => p.Row), ct);

        var ids = new Dictionary<(int, string), int>();
        foreach (var chunk in context.BusinessIds.Chunk(500))
            foreach (var row in await db.QueryAsync<ProductId>(ProductIdsSql, new { Ids = chunk }, ct))
                ids[(row.BusinessId, row.Name)] = row.Id;

        var images = Colours.Select(c => DemoImages.SolidPng(64, 48, c.R, c.G, c.B)).ToArray();
        var hashes = images.Select(PhotoRules.Hash).ToArray();
        var photos = new List<object>();
        foreach (var p in products)
            for (var i = 0; i < p.Photos; i++)
            {
                var k = ((int)p.Category * 3 + i + p.BusinessId) % images.Length;
                photos.Add(new { ProductId = ids[(p.BusinessId, p.Name)], SizeBytes = images[k].Length, Sha256 = hashes[k], Content = images[k], CreatedAt = context.Now });
            }
        foreach (var batch in photos.Chunk(1000)) await db.ExecuteAsync(InsertPhotoSql, batch, ct);
        if (kswp.Count > 0) await db.ExecuteAsync(InsertKswpSql, kswp, ct);
        if (transitions.Count > 0) await db.ExecuteAsync(InsertTransitionSql, transitions, ct);

        await Readiness.RecomputeManyAsync(db, context.Now, context.BusinessIds, ct);
    }

    /// <summary>Listed and submitted businesses are nearly all ready; the rest spread from almost ready to nothing yet.</summary>
    private static Profile ChooseProfile(string status, Random rng)
    {
        var roll = rng.NextDouble();
        return status switch
        {
            "listed" or "submitted" => roll < 0.92 ? Profile.Ready : Profile.AlmostReady,
            "preparing" => roll < 0.25 ? Profile.Ready : roll < 0.85 ? Profile.AlmostReady : Profile.Far,
            "rejected" or "delisted" => roll < 0.2 ? Profile.Ready : roll < 0.8 ? Profile.AlmostReady : Profile.Far,
            _ => roll < 0.08 ? Profile.Ready : roll < 0.45 ? Profile.AlmostReady : roll < 0.75 ? Profile.Far : Profile.Nothing,
        };
    }

    /// <summary>Categories the business's KBLI covers; "other" when none does (covered by any KBLI).</summary>
    private static ProductCategory[] MatchingCategories(List<string> codes, string sector)
    {
        var matching = Enum.GetValues<ProductCategory>()
            .Where(c => c != ProductCategory.Other && codes.Any(k => ProductCategories.Matches(c, k)))
            .ToArray();
        if (matching.Length > 0) return matching;
        return sector switch
        {
            "food_beverage" when codes.Count == 0 => [ProductCategory.FoodBeverage],
            "fashion" when codes.Count == 0 => [ProductCategory.Fashion],
            "craft" when codes.Count == 0 => [ProductCategory.Craft],
            "agriculture" when codes.Count == 0 => [ProductCategory.AgricultureProduce],
            _ => [ProductCategory.Other],
        };
    }

    private static ProductCategory MismatchedCategory(List<string> codes, Random rng)
    {
        var options = Enum.GetValues<ProductCategory>()
            .Where(c => c != ProductCategory.Other && !codes.Any(k => ProductCategories.Matches(c, k)))
            .ToArray();
        return options.Length == 0 ? ProductCategory.Other : options[rng.Next(options.Length)];
    }

    private static long RoundPrice(long price) => price < 100_000 ? price / 500 * 500 : price / 5_000 * 5_000;

    /// <summary>Days from the last 31 March before today (at most 300), so a check within them is current.</summary>
    private static int DaysSinceLastDeadline(DateOnly today)
    {
        var deadline = new DateOnly(today.Year, 3, 31);
        if (deadline >= today) deadline = deadline.AddYears(-1);
        return Math.Clamp(today.DayNumber - deadline.DayNumber, 1, 300);
    }

    private static object Kswp(int businessId, string status, DateOnly checkedOn, Random rng, DateTimeOffset now, string? actorId, string actorName) => new
    {
        BusinessId = businessId,
        Status = status,
        CheckedOn = checkedOn,
        Reference = $"S-{rng.Next(1000, 9999)}/KSWP/WPJ.26/{checkedOn.Year}",
        RecordedAt = new DateTimeOffset(checkedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero) > now
            ? now : new DateTimeOffset(checkedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(rng.Next(480)),
        ActorId = actorId,
        ActorName = actorName,
    };

    /// <summary>The dated steps that lead to the business's current e-katalog status.</summary>
    private static IEnumerable<object> History(BusinessInfo b, Random rng, DateTimeOffset now, string? actorId, string actorName)
    {
        var path = b.EkatalogStatus switch
        {
            "preparing" => new[] { "preparing" },
            "submitted" => ["preparing", "submitted"],
            "listed" => rng.Next(6) == 0 ? ["preparing", "submitted", "rejected", "preparing", "submitted", "listed"] : ["preparing", "submitted", "listed"],
            "rejected" => ["preparing", "submitted", "rejected"],
            "delisted" => ["preparing", "submitted", "listed", "delisted"],
            _ => [],
        };
        if (path.Length == 0) yield break;
        var span = Math.Max(path.Length, (int)Math.Min(600, (now - b.CreatedAt).TotalDays));
        var at = now.AddDays(-span);
        var from = "not_started";
        for (var i = 0; i < path.Length; i++)
        {
            var remaining = (now - at).TotalDays / (path.Length - i + 1);
            at = at.AddDays(Math.Max(0.5, remaining * (0.5 + rng.NextDouble()))).AddMinutes(rng.Next(-120, 120));
            if (at > now) at = now.AddMinutes(-(path.Length - i) * 60);
            var to = path[i];
            yield return new
            {
                BusinessId = b.Id,
                FromStatus = from,
                ToStatus = to,
                Reason = to == "rejected" ? RejectReasons[rng.Next(RejectReasons.Length)]
                    : to == "delisted" ? DelistReasons[rng.Next(DelistReasons.Length)] : null,
                OccurredAt = at,
                ActorId = actorId,
                ActorName = actorName,
                BusinessVersion = Math.Max(1, b.Version - (path.Length - 1 - i)),
            };
            from = to;
        }
    }
}
