using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Features.Requirements;
using Dapper;
using MedanUmkm.Api.Features.Training;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace MedanUmkm.ScaleData;

/// <summary>
/// A prepared INSERT reused for every row, in the step's running transaction (committed every
/// <see cref="Tx.CommitEvery"/> rows across all inserters of the step).
/// </summary>
public sealed class Tx(SqliteConnection connection) : IDisposable
{
    public const int CommitEvery = 100_000;
    public SqliteConnection Connection { get; } = connection;
    public SqliteTransaction Current { get; private set; } = connection.BeginTransaction();
    private int _rows;

    public void Tick()
    {
        if (++_rows % CommitEvery != 0) return;
        Current.Commit();
        Current = Connection.BeginTransaction();
    }

    public void Dispose() => Current.Commit();
}

public sealed class Inserter : IDisposable
{
    private readonly Tx _tx;
    private readonly SqliteCommand _cmd;
    private readonly SqliteParameter[] _p;

    public Inserter(Tx tx, string table, params string[] columns)
    {
        _tx = tx;
        _cmd = tx.Connection.CreateCommand();
        _cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        _p = columns.Select(c => _cmd.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
        _cmd.Transaction = tx.Current;
        _cmd.Prepare();
    }

    public void Row(params object?[] values)
    {
        for (var i = 0; i < _p.Length; i++)
        {
            var v = values[i];
            _p[i].Value = v switch
            {
                null => DBNull.Value,
                bool b => b ? 1 : 0,
                _ => v,
            };
        }
        _cmd.Transaction = _tx.Current;
        _cmd.ExecuteNonQuery();
        _tx.Tick();
    }

    public void Dispose() => _cmd.Dispose();
}

/// <summary>What the later steps need to know about the businesses already in the database.</summary>
public sealed class BusinessInfo
{
    public required int Id { get; init; }
    public required string Nib { get; init; }
    public string? Npwp { get; init; }
    public required string Status { get; init; }
    public required string Sector { get; init; }
    public required string KecamatanCode { get; init; }
    public required string[] Kbli { get; init; }
    public string Scale { get; init; } = "micro";
    public string? LegalForm { get; init; }
    public string? PkpStatus { get; init; }
    public DateOnly? InaprocVerifiedOn { get; init; }
    public DateOnly? OssVerifiedOn { get; init; }

    public Readiness.BusinessFacts ToFacts() => new()
    {
        Id = Id, Nib = Nib, Npwp = Npwp, Status = Status, Scale = Scale, Sector = Sector, LegalForm = LegalForm, PkpStatus = PkpStatus,
        InaprocVerifiedOn = InaprocVerifiedOn, OssVerifiedOn = OssVerifiedOn, OssVerifiedBy = OssVerifiedOn is null ? null : "Petugas Dinas",
    };

    public static List<BusinessInfo> Load(SqliteConnection c)
    {
        var kbli = new Dictionary<int, List<string>>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT BusinessId, Code FROM BusinessKbli ORDER BY BusinessId, Position";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = r.GetInt32(0);
                if (!kbli.TryGetValue(id, out var list)) kbli[id] = list = [];
                list.Add(r.GetString(1));
            }
        }
        var all = new List<BusinessInfo>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT Id, Nib, Npwp, Status, Sector, KecamatanCode, Scale, LegalForm, PkpStatus, InaprocVerifiedOn, OssVerifiedOn FROM Businesses ORDER BY Id";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                all.Add(new BusinessInfo
                {
                    Id = r.GetInt32(0), Nib = r.GetString(1), Npwp = r.IsDBNull(2) ? null : r.GetString(2), Status = r.GetString(3),
                    Sector = r.GetString(4), KecamatanCode = r.GetString(5), Kbli = kbli.TryGetValue(r.GetInt32(0), out var k) ? [.. k] : [],
                    Scale = r.GetString(6), LegalForm = r.IsDBNull(7) ? null : r.GetString(7), PkpStatus = r.IsDBNull(8) ? null : r.GetString(8),
                    InaprocVerifiedOn = r.IsDBNull(9) ? null : DateOnly.Parse(r.GetString(9)[..10], CultureInfo.InvariantCulture),
                    OssVerifiedOn = r.IsDBNull(10) ? null : DateOnly.Parse(r.GetString(10)[..10], CultureInfo.InvariantCulture),
                });
        }
        return all;
    }
}

/// <summary>
/// Staff accounts the cases are assigned to: one admin and eight officers, all with the same
/// password (--password), so that a benchmark can log in. Skipped when users exist.
/// </summary>
public sealed class UsersStep(string adminEmail, string password) : IScaleStep
{
    public string Name => "users";

    public string Run(ScaleContext context)
    {
        var c = context.Connection;
        var existing = Steps.Scalar(c, "SELECT COUNT(*) FROM Users");
        if (existing > 0) return $"skipped: {existing} users exist";
        var hash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), password);
        using var tx = new Tx(c);
        using var users = new Inserter(tx, "Users", "Id", "Email", "Name", "Role", "PasswordHash", "IsActive", "FailedLoginCount",
            "SecurityStamp", "CreatedAt", "UpdatedAt", "Version");
        users.Row(1, adminEmail, "Administrator", Roles.Admin, hash, true, 0, "scale-admin-stamp", context.Now, context.Now, 1);
        string[] names = ["Rina Sembiring", "Hendra Lubis", "Dewi Siregar", "Togar Simanjuntak", "Fitri Nasution", "Agus Tarigan", "Nur Harahap", "Maruli Purba"];
        for (var i = 0; i < names.Length; i++)
            users.Row(i + 2, $"officer{i + 1}@scale.medanumkm.local", names[i], Roles.Officer, hash, true, 0, $"scale-officer-{i + 1}", context.Now, context.Now, 1);
        return $"1 admin ({adminEmail}) and {names.Length} officers";
    }
}

/// <summary>
/// Products (exactly <paramref name="total"/>, 0 to 2x the average per business), photos for some,
/// KSWP checks, and every business's BusinessReadiness row computed by the API's own
/// <see cref="Readiness.Evaluate"/> at <see cref="ScaleContext.Today"/>. The product search index
/// is rebuilt once at the end instead of row by row through the insert trigger.
/// </summary>
public sealed class ProductsStep(int total) : IScaleStep
{
    public string Name => "products";

    private sealed record Template(string Name, string Unit, long MinPrice, long MaxPrice, string? HsCode, string Description);

    private static readonly Dictionary<ProductCategory, Template[]> Templates = new()
    {
        [ProductCategory.FoodBeverage] =
        [
            new("Kopi Arabika Sidikalang", "pack", 55_000, 85_000, "09012120", "Kopi arabika sangrai medium, kemasan foil berkatup."),
            new("Kopi Robusta Dairi", "pack", 45_000, 80_000, "09012110", "Biji kopi robusta sangrai, cocok untuk espresso."),
            new("Bika Ambon Pandan", "kotak", 45_000, 110_000, "19059090", "Bika ambon khas Medan isi 20 potong."),
            new("Keripik Ubi Balado", "pack", 12_000, 22_000, "20059990", "Keripik ubi pedas manis dari ubi lokal."),
            new("Sirup Markisa", "botol", 30_000, 48_000, "20098990", "Sirup buah markisa tanpa pewarna buatan."),
            new("Bolu Meranti Keju", "kotak", 60_000, 95_000, "19059090", "Bolu gulung lembut isi keju."),
            new("Teri Medan Kacang", "pack", 25_000, 45_000, "16042099", "Teri Medan goreng dengan kacang tanah."),
            new("Dodol Durian", "pack", 28_000, 40_000, "17049099", "Dodol durian dibungkus daun pandan."),
            new("Sambal Andaliman", "botol", 25_000, 38_000, "21039090", "Sambal khas Batak dengan andaliman segar."),
            new("Teh Daun Kelor", "kotak", 20_000, 35_000, "12119099", "Teh herbal daun kelor kering."),
            new("Rendang Daging", "pack", 65_000, 95_000, "16025000", "Rendang sapi kemasan retort."),
            new("Jahe Merah Instan", "toples", 25_000, 45_000, "21069099", "Serbuk jahe merah dengan gula aren."),
        ],
        [ProductCategory.Fashion] =
        [
            new("Kain Ulos Ragi Hotang", "lembar", 350_000, 1_500_000, "63049990", "Ulos tenun tangan, panjang 180 cm."),
            new("Kemeja Batik Medan", "pcs", 150_000, 350_000, "62052000", "Kemeja batik cap katun primisima."),
            new("Songket Batubara", "lembar", 800_000, 3_500_000, "58079090", "Songket tenun benang emas."),
            new("Tas Kulit Wanita", "pcs", 250_000, 650_000, "42022100", "Tas tangan kulit sapi, jahitan tangan."),
            new("Sepatu Pantofel Kulit", "pasang", 300_000, 600_000, "64035900", "Sepatu kulit sapi, sol karet."),
            new("Jilbab Voal", "pcs", 45_000, 95_000, "62142000", "Jilbab voal motif cetak 115 cm."),
        ],
        [ProductCategory.Craft] =
        [
            new("Ukiran Gorga Batak", "pcs", 250_000, 1_200_000, "44219999", "Panel ukiran kayu nangka tiga warna."),
            new("Keranjang Rotan", "pcs", 65_000, 180_000, "46021100", "Keranjang rotan serbaguna 35 cm."),
            new("Miniatur Rumah Bolon", "pcs", 150_000, 450_000, "44219999", "Miniatur rumah adat dari kayu."),
            new("Gerabah Hias Melayu", "pcs", 75_000, 250_000, "69139090", "Gerabah dicat motif pucuk rebung."),
            new("Tas Anyaman Pandan", "pcs", 55_000, 140_000, "46021900", "Tas anyaman pandan berlapis kain."),
        ],
        [ProductCategory.Furniture] =
        [
            new("Kursi Rotan Teras", "set", 1_200_000, 3_500_000, "94015900", "Dua kursi dan meja rotan sintetis."),
            new("Lemari Jati Minimalis", "pcs", 2_500_000, 6_000_000, "94036090", "Lemari dua pintu kayu jati."),
            new("Meja Makan Mahoni", "pcs", 1_800_000, 4_500_000, "94036090", "Meja makan enam kursi kayu mahoni."),
        ],
        [ProductCategory.AgricultureProduce] =
        [
            new("Jeruk Berastagi", "kg", 18_000, 30_000, "08051020", "Jeruk manis petik segar dari Karo."),
            new("Kentang Granola", "kg", 12_000, 20_000, "07019000", "Kentang Karo untuk olahan dan sayur."),
            new("Ikan Lele Segar", "kg", 22_000, 32_000, "03027400", "Lele hidup dari kolam bioflok."),
            new("Madu Hutan", "botol", 80_000, 180_000, "04090000", "Madu hutan Sumatera 500 ml."),
            new("Jamur Tiram", "kg", 20_000, 35_000, "07095900", "Jamur tiram segar dipanen harian."),
        ],
        [ProductCategory.Cosmetics] =
        [
            new("Sabun Sereh Wangi", "pcs", 15_000, 30_000, "34011190", "Sabun mandi minyak sereh wangi."),
            new("Minyak Kemiri", "botol", 25_000, 60_000, "33059000", "Minyak kemiri penyubur rambut."),
            new("Lulur Bengkuang", "toples", 30_000, 55_000, "33049990", "Lulur tradisional bengkuang dan beras."),
        ],
        [ProductCategory.Other] =
        [
            new("Jasa Sablon Kaos", "pcs", 25_000, 60_000, null, "Sablon manual plastisol, minimal 12 kaos."),
            new("Paket Souvenir Medan", "paket", 75_000, 250_000, null, "Paket oleh-oleh khas Medan."),
            new("Percetakan Undangan", "lembar", 3_000, 12_000, null, "Undangan cetak offset kertas art paper."),
        ],
    };

    private static readonly string[] Variants = ["250 g", "500 g", "1 kg", "Kecil", "Sedang", "Besar", "Premium", "Original", "Spesial", "Ekonomis"];

    private static ProductCategory CategoryFor(string sector, Random r) => sector switch
    {
        "food_beverage" => r.Next(10) < 9 ? ProductCategory.FoodBeverage : ProductCategory.Other,
        "fashion" => ProductCategory.Fashion,
        "craft" => r.Next(10) < 8 ? ProductCategory.Craft : ProductCategory.Furniture,
        "agriculture" => r.Next(10) < 7 ? ProductCategory.AgricultureProduce : ProductCategory.FoodBeverage,
        "manufacturing" => r.Next(3) switch { 0 => ProductCategory.Furniture, 1 => ProductCategory.Cosmetics, _ => ProductCategory.Craft },
        "trade" => (ProductCategory)r.Next(7),
        _ => ProductCategory.Other,
    };

    /// <summary>A 1x1 PNG: readiness needs a photo; the bytes do not matter for the benchmarks.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    public string Run(ScaleContext context)
    {
        var c = context.Connection;
        if (!Steps.TableExists(c, "Products")) return "skipped: table Products does not exist on this branch";
        var existing = Steps.Scalar(c, "SELECT COUNT(*) FROM Products");
        if (existing > 0) return $"skipped: the database already has {existing:N0} products";

        var businesses = BusinessInfo.Load(c);
        if (businesses.Count == 0) return "skipped: no businesses";
        // The search indexes and the catalog's name table are filled once at the end, not row by row.
        SetAsideTrigger[] triggers =
        [
            new(c, "Products_ai", "INSERT INTO ProductSearch(ProductSearch) VALUES ('rebuild')"),
            new(c, "Products_catalog_ai", MedanUmkm.Migrations.Migrations.M0070_ReadPaths.PopulateCatalogSearch),
            new(c, "Products_names_ai", MedanUmkm.Migrations.Migrations.M0100_CatalogNames.PopulateCatalogNames),
        ];

        var random = new Random(context.Seed + 10);
        var today = context.Today;
        var pngHash = PhotoRules.Hash(Png);
        // Exactly `total` products: businesses in pairs get average + d and average - d.
        var average = total / businesses.Count;
        var counts = new int[businesses.Count];
        for (var i = 0; i + 1 < counts.Length; i += 2)
        {
            var d = random.Next(-average, average + 1);
            counts[i] = average + d;
            counts[i + 1] = average - d;
        }
        if (counts.Length % 2 == 1) counts[^1] = average;
        var left = total - counts.Sum();
        for (var i = 0; left > 0; i = (i + 1) % counts.Length, left--) counts[i]++;

        int productId = 0, photoId = 0, checks = 0, ready = 0;
        using (var tx = new Tx(c))
        using (var products = new Inserter(tx, "Products", "Id", "BusinessId", "Name", "Category", "Description", "PriceIdr", "Unit",
                   "MinimumOrder", "KbliCode", "HsCode", "TkdnPercent", "SniNumber", "HalalCertificateNumber", "HalalCertificateExpiresOn",
                   "PirtNumber", "BpomNumber", "IsFood", "IsActive", "CreatedAt", "UpdatedAt", "Version"))
        using (var photos = new Inserter(tx, "ProductPhotos", "Id", "ProductId", "ContentType", "SizeBytes", "Sha256", "Content", "CreatedAt"))
        using (var kswp = new Inserter(tx, "TaxStatusChecks", "BusinessId", "Status", "CheckedOn", "Reference", "RecordedAt", "RecordedById", "RecordedByName"))
        using (var readiness = new Inserter(tx, "BusinessReadiness", "BusinessId", "IsReady", "MissingCodes", "MissingCount", "ExpiringCodes", "UpcomingMissing", "StaleOn", "ComputedAt"))
        {
            MedanUmkm.Api.Infrastructure.Database.TypeHandlers.Register();
            var rules = new Readiness.Context(
                new MedanUmkm.Api.Features.Requirements.RequirementCatalogue(Dapper.SqlMapper.Query<MedanUmkm.Api.Features.Requirements.RequirementVersionRow>(
                    c, MedanUmkm.Api.Features.Requirements.RequirementCatalogue.SelectSql + " WHERE r.Scope = 'ekatalog'").ToList()),
                Dapper.SqlMapper.Query<string>(c, Readiness.OpenCategoriesSql).ToHashSet());
            var facts = new List<Readiness.ProductFacts>(2 * average + 2);
            for (var bi = 0; bi < businesses.Count; bi++)
            {
                var b = businesses[bi];
                facts.Clear();
                var photographed = random.Next(100) < 55;
                for (var n = 0; n < counts[bi]; n++)
                {
                    var category = CategoryFor(b.Sector, random);
                    var templates = Templates[category];
                    var t = templates[random.Next(templates.Length)];
                    var name = $"{t.Name} {Variants[random.Next(Variants.Length)]}";
                    var isFood = category == ProductCategory.FoodBeverage;
                    var halal = isFood && random.Next(100) < 65;
                    var price = random.Next(100) < 88 ? (long?)(random.NextInt64(t.MinPrice / 500, t.MaxPrice / 500 + 1) * 500) : null;
                    var description = random.Next(100) < 80 ? t.Description : null;
                    var kbli = random.Next(100) < 40 ? b.Kbli.FirstOrDefault(k => ProductCategories.Matches(category, k)) : null;
                    var created = context.Now.AddMinutes(-random.Next(0, 1_500_000));
                    var p = new Readiness.ProductFacts
                    {
                        Id = ++productId, BusinessId = b.Id, Name = name, Category = EnumText.Of(category), Description = description,
                        PriceIdr = price, IsFood = isFood, IsActive = random.Next(100) < 93,
                        HalalCertificateNumber = halal ? $"ID1271{random.NextInt64(10_000_000_000, 99_999_999_999)}" : null,
                        // Since UU 6/2023 art. 42 new certificates carry no expiry; a fifth are old ones that do.
                        HalalCertificateExpiresOn = halal && random.Next(100) < 20 ? today.AddDays(random.Next(-120, 4 * 365)) : null,
                        PirtNumber = isFood && random.Next(100) < 65 ? $"P-IRT {random.NextInt64(1_000_000_000_000, 9_999_999_999_999)}-{random.Next(24, 31)}" : null,
                        BpomNumber = isFood && random.Next(100) < 15 ? $"MD {random.NextInt64(100_000_000_000, 999_999_999_999)}" : null,
                        PhotoCount = photographed && n < 2 ? 1 : 0,
                    };
                    facts.Add(p);
                    products.Row(p.Id, b.Id, p.Name, p.Category, p.Description, p.PriceIdr, t.Unit, random.Next(100) < 70 ? 1 : random.Next(2, 50),
                        kbli, random.Next(100) < 50 ? t.HsCode : null,
                        random.Next(100) < 40 ? random.Next(2000, 10001) / 100m : null,
                        random.Next(100) < 5 ? $"SNI {random.Next(1000, 9999)}:{random.Next(2010, 2025)}" : null,
                        p.HalalCertificateNumber, p.HalalCertificateExpiresOn, p.PirtNumber, p.BpomNumber, p.IsFood, p.IsActive,
                        created, created, 1);
                    if (p.PhotoCount > 0) photos.Row(++photoId, p.Id, "image/png", Png.Length, pngHash, Png, created);
                }

                Readiness.KswpFacts? latest = null;
                if (b.Npwp is not null && random.Next(100) < 75)
                {
                    latest = new Readiness.KswpFacts
                    {
                        BusinessId = b.Id, Status = random.Next(100) < 92 ? "valid" : "invalid", CheckedOn = today.AddDays(-random.Next(0, 450)),
                    };
                    kswp.Row(b.Id, latest.Status, latest.CheckedOn, $"KSWP-{b.Id:D6}", context.Now, "1", "Administrator");
                    checks++;
                }

                var bf = b.ToFacts();
                var kf = b.Kbli.Select(k => new Readiness.KbliFacts { BusinessId = b.Id, Code = k, KbliVersion = "2020" }).ToList();
                var result = Readiness.Evaluate(bf, kf, facts, latest, rules, today);
                if (result.IsReady) ready++;
                readiness.Row(b.Id, result.IsReady, Readiness.Pipe(result.Missing), result.Missing.Count, Readiness.Pipe(result.Expiring),
                    Readiness.Pipe(Readiness.UpcomingMissing(bf, kf, facts, latest, rules, today, result)), result.StaleOn, context.Now);
                if ((bi + 1) % 20_000 == 0) Console.WriteLine($"  {bi + 1:N0} businesses, {productId:N0} products");
            }
        }
        foreach (var trigger in triggers) trigger.Restore();
        Steps.Exec(c, Readiness.FillReadinessMaskSql);
        return $"{productId:N0} products, {photoId:N0} photos, {checks:N0} KSWP checks, readiness of {businesses.Count:N0} businesses " +
               $"({ready:N0} ready, computed at {today:yyyy-MM-dd}), search index rebuilt";
    }
}

/// <summary>Training sessions from three years back to six months ahead; registrations spread over the businesses.</summary>
public sealed class TrainingStep(int sessions, int registrations) : IScaleStep
{
    public string Name => "training";

    private static readonly (TrainingTopic Topic, string Title)[] Topics =
    [
        (TrainingTopic.DigitalMarketing, "Pemasaran Digital untuk UMKM"), (TrainingTopic.Packaging, "Desain Kemasan Produk"),
        (TrainingTopic.ProductPhotography, "Foto Produk dengan Ponsel"), (TrainingTopic.FinancialLiteracy, "Pembukuan Sederhana"),
        (TrainingTopic.HalalCertification, "Pendampingan Sertifikasi Halal"), (TrainingTopic.ExportReadiness, "Siap Ekspor"),
        (TrainingTopic.Other, "Kelas Kewirausahaan"),
    ];
    private static readonly string[] Trainers = ["Dr. Rina Sembiring", "Hendra Lubis, S.E.", "Dewi Siregar", "Ir. Togar Simanjuntak", "Fitri Nasution, M.M.", "Agus Tarigan"];
    private static readonly string[] Venues = ["Aula Dinas Koperasi dan UKM", "Kantor Camat", "Balai Latihan Kerja", "Gedung PLUT-KUMKM Sumut", "Hotel Grand Aston"];

    public string Run(ScaleContext context)
    {
        var c = context.Connection;
        if (!Steps.TableExists(c, "TrainingSessions")) return "skipped: table TrainingSessions does not exist on this branch";
        var existing = Steps.Scalar(c, "SELECT COUNT(*) FROM TrainingSessions");
        if (existing > 0) return $"skipped: the database already has {existing:N0} sessions";
        var businessCount = (int)Steps.Scalar(c, "SELECT COUNT(*) FROM Businesses");
        if (businessCount == 0) return "skipped: no businesses";

        var random = new Random(context.Seed + 20);
        var average = registrations / sessions;
        var from = context.Now.AddYears(-3);
        var spanDays = (int)(context.Now.AddMonths(6) - from).TotalDays;
        int registrationId = 0;
        var chosen = new HashSet<int>();
        using (var tx = new Tx(c))
        using (var s = new Inserter(tx, "TrainingSessions", "Id", "Title", "Topic", "Description", "Trainer", "Venue", "KecamatanCode",
                   "StartsAt", "EndsAt", "Quarter", "Capacity", "Status", "CreatedAt", "UpdatedAt", "Version"))
        using (var g = new Inserter(tx, "TrainingRegistrations", "Id", "SessionId", "BusinessId", "Status", "WaitlistSeq", "Note", "Attended",
                   "OutcomeNote", "AttendanceRecordedAt", "RegisteredAt", "CancelledAt", "CreatedAt", "UpdatedAt", "Version"))
        {
            var pairDelta = 0;
            for (var id = 1; id <= sessions; id++)
            {
                var (topic, title) = Topics[random.Next(Topics.Length)];
                // 09:00 WIB = 02:00 UTC on a day in the window.
                var starts = new DateTimeOffset(from.Date, TimeSpan.Zero).AddDays(random.Next(spanDays)).AddHours(2);
                var ends = starts.AddHours(random.Next(3, 7));
                var past = ends < context.Now;
                var status = past
                    ? random.Next(100) < 92 ? TrainingStatus.Completed : TrainingStatus.Cancelled
                    : random.Next(100) < 95 ? TrainingStatus.Open : TrainingStatus.Cancelled;
                var capacity = random.Next(20, 41);
                var created = starts.AddDays(-random.Next(30, 60));
                if (created > context.Now) created = context.Now;
                s.Row(id, $"{title} Angkatan {id}", EnumText.Of(topic), "Materi praktis dan pendampingan.", Trainers[random.Next(Trainers.Length)],
                    Venues[random.Next(Venues.Length)], Fake.Kecamatan[random.Next(Fake.Kecamatan.Length)], starts, ends, OfficeTime.QuarterOf(starts),
                    capacity, EnumText.Of(status), created, created, 1);

                // average + d, then average - d: exactly `registrations` in all (an odd last session takes the average).
                int count;
                if (id % 2 == 1 && id < sessions) { pairDelta = random.Next(-Math.Min(average, 10), Math.Min(average, 10) + 1); count = average + pairDelta; }
                else count = id % 2 == 0 ? average - pairDelta : average;
                if (id == sessions) count += registrations - average * sessions;
                chosen.Clear();
                var confirmed = 0;
                var waitlist = 0;
                while (chosen.Count < count)
                {
                    var businessId = random.Next(1, businessCount + 1);
                    if (!chosen.Add(businessId)) continue;
                    var registered = starts.AddDays(-random.Next(1, 30));
                    string regStatus;
                    int? seq = null;
                    DateTimeOffset? cancelledAt = null;
                    if (status == TrainingStatus.Cancelled || random.Next(100) < 4) { regStatus = "cancelled"; cancelledAt = registered.AddDays(1); }
                    else if (confirmed < capacity) { regStatus = "confirmed"; confirmed++; }
                    else { regStatus = "waitlisted"; seq = ++waitlist; }
                    bool? attended = status == TrainingStatus.Completed && regStatus == "confirmed" ? random.Next(100) < 85 : null;
                    var updated = attended is null ? registered : ends.AddDays(1);
                    g.Row(++registrationId, id, businessId, regStatus, seq, null, attended, null, attended is null ? null : ends.AddDays(1),
                        registered, cancelledAt, registered, updated, 1);
                }
            }
        }
        return $"{sessions:N0} sessions, {registrationId:N0} registrations";
    }
}

/// <summary>
/// Export cases at every stage, each with its FULL document checklist (the API's ExportChecklist over the
/// requirements catalogue, scope export, as of the data set's day: 9 to 13 rows a case) and its timeline
/// (opened, then one row per stage move). Exporters are taken as micro for the scale-dependent rules.
/// </summary>
public sealed class ExportCasesStep(int cases) : IScaleStep
{
    public string Name => "export cases";

    private sealed record Product(Commodity Commodity, string HsCode, string Description, VolumeUnit Unit, int MinVolume, int MaxVolume, int UsdCentsPerUnit, string[] Destinations);

    private static readonly Product[] Products =
    [
        new(Commodity.Coffee, "09011190", "Green arabica coffee, Sidikalang, grade 1", VolumeUnit.Tonne, 6, 38, 610_000, ["MY", "SG", "US", "JP", "AU", "NL", "DE"]),
        new(Commodity.Coffee, "09012120", "Roasted arabica coffee beans, Mandailing", VolumeUnit.Kg, 300, 2500, 2_100, ["MY", "SG", "SA", "AE", "AU"]),
        new(Commodity.Rubber, "40012220", "Natural rubber SIR 20 in 35 kg bales", VolumeUnit.Tonne, 20, 200, 165_000, ["US", "CN", "JP", "IN"]),
        new(Commodity.PalmOil, "15111000", "Crude palm oil (CPO), FFA max 5%", VolumeUnit.Tonne, 100, 1000, 87_000, ["IN", "CN", "PK", "MY"]),
        new(Commodity.PalmOilDerivative, "15119037", "RBD palm olein cooking oil pouches", VolumeUnit.Litre, 20000, 120000, 105, ["PH", "VN", "TL"]),
        new(Commodity.Other, "46021990", "Handwoven pandan mats and baskets", VolumeUnit.Kg, 400, 3000, 900, ["NL", "JP", "AU", "US"]),
    ];

    public string Run(ScaleContext context)
    {
        var c = context.Connection;
        if (!Steps.TableExists(c, "ExportCases")) return "skipped: table ExportCases does not exist on this branch";
        var existing = Steps.Scalar(c, "SELECT COUNT(*) FROM ExportCases");
        if (existing > 0) return $"skipped: the database already has {existing:N0} export cases";
        var businessCount = (int)Steps.Scalar(c, "SELECT COUNT(*) FROM Businesses");
        var officers = Steps.Ids(c, "SELECT Id FROM Users WHERE Role IN ('officer', 'admin') AND IsActive = 1 ORDER BY Id");
        if (businessCount == 0 || officers.Count == 0) return "skipped: no businesses or no officers";

        var random = new Random(context.Seed + 30);
        var catalogue = c.Query<RequirementVersionRow>(RequirementCatalogue.SelectSql + "\nWHERE r.Scope = 'export'").ToList();
        int documents = 0, timeline = 0;
        var stagesOpen = StageFlow.Forward.Where(StageFlow.IsOpen).ToArray();
        using (var tx = new Tx(c))
        using (var ec = new Inserter(tx, "ExportCases", "Id", "BusinessId", "Commodity", "HsCode", "ProductDescription", "DestinationCountry", "Volume",
                   "VolumeUnit", "EstimatedValueUsdCents", "EstimatedValueIdr", "AssignedOfficerId", "Stage", "StageEnteredAt", "OpenedOn",
                   "ClosedOn", "Outcome", "CreatedAt", "UpdatedAt", "Version"))
        using (var docs = new Inserter(tx, "ExportCaseDocuments", "ExportCaseId", "DocumentType", "Status", "Number", "IssuedOn", "ExpiresOn",
                   "Note", "UpdatedAt", "Version"))
        using (var tl = new Inserter(tx, "ExportCaseTimeline", "ExportCaseId", "OccurredAt", "Kind", "FromStage", "ToStage", "DocumentType",
                   "Note", "ActorUserId", "ActorName"))
        {
            for (var id = 1; id <= cases; id++)
            {
                var p = Products[random.Next(Products.Length)];
                var destination = p.Destinations[random.Next(p.Destinations.Length)];
                var volume = random.Next(p.MinVolume, p.MaxVolume + 1);
                var usdCents = (long)volume * p.UsdCentsPerUnit;
                var officer = officers[random.Next(officers.Count)];
                // How far the case got: an open stage (60%), closed (25%), rejected (10%) or withdrawn (5%).
                var roll = random.Next(100);
                var reached = roll < 60 ? random.Next(stagesOpen.Length) : roll < 85 ? StageFlow.Forward.Length - 1 : random.Next(1, stagesOpen.Length);
                var terminal = roll < 60 ? (ExportStage?)null : roll < 85 ? null : roll < 95 ? ExportStage.Rejected : ExportStage.Withdrawn;
                var opened = context.Now.AddDays(-random.Next(5, 1000)).AddHours(-random.Next(0, 8));
                var at = opened;
                // The case row goes first (foreign keys); its timeline is collected and written after it.
                var entries = new List<(DateTimeOffset At, string Kind, string? From, string To)> { (at, "opened", null, EnumText.Of(ExportStage.Intake)) };
                var stage = ExportStage.Intake;
                for (var i = 1; i <= reached; i++)
                {
                    var next = at.AddDays(random.Next(2, 25));
                    if (next > context.Now) break;
                    at = next;
                    entries.Add((at, "stage_changed", EnumText.Of(stage), EnumText.Of(StageFlow.Forward[i])));
                    stage = StageFlow.Forward[i];
                }
                var position = Array.IndexOf(StageFlow.Forward, stage);
                if (terminal is { } end && StageFlow.IsOpen(stage))
                {
                    at = at.AddDays(random.Next(1, 10));
                    if (at > context.Now) at = context.Now;
                    entries.Add((at, "stage_changed", EnumText.Of(stage), EnumText.Of(end)));
                    stage = end;
                }
                var outcome = StageFlow.OutcomeOf(stage);
                ec.Row(id, 1 + random.Next(businessCount), EnumText.Of(p.Commodity), p.HsCode, p.Description, destination, volume,
                    EnumText.Of(p.Unit), usdCents, usdCents * 16_200 / 100, officer, EnumText.Of(stage), at, OfficeTime.DateOf(opened),
                    outcome is null ? null : OfficeTime.DateOf(at), outcome is null ? null : EnumText.Of(outcome.Value),
                    opened, at, 1);
                foreach (var e in entries) tl.Row(id, e.At, e.Kind, e.From, e.To, null, null, officer, "Officer");
                timeline += entries.Count;

                var facts = new ExportCaseFacts(p.Commodity, p.HsCode, destination, "micro", usdCents / 100m);
                foreach (var requirement in ExportChecklist.Evaluate(catalogue, facts, context.Today)
                             .Where(i => i.State != ChecklistState.Upcoming).DistinctBy(i => i.DocumentType)
                             .Select(i => (Type: i.DocumentType, i.Stage)))
                {
                    var docPosition = Array.IndexOf(StageFlow.Forward, requirement.Stage);
                    var status = docPosition < position ? "verified" : docPosition == position && random.Next(2) == 0 ? "submitted" : "missing";
                    var issued = status == "missing" ? (DateOnly?)null : OfficeTime.DateOf(opened).AddDays(random.Next(0, 60));
                    docs.Row(id, requirement.Type, status, status == "missing" ? null : $"{requirement.Type.ToUpperInvariant()}/{id:D6}",
                        issued, issued?.AddYears(1), null, status == "missing" ? opened : at, 1);
                    documents++;
                }
            }
        }
        return $"{cases:N0} cases, {documents:N0} checklist documents (every case), {timeline:N0} timeline entries";
    }
}

/// <summary>Groups with members, aid distributions to them, and bank loan referrals: small amounts.</summary>
public sealed class GroupsAidLoansStep(int groups, int aid, int loans) : IScaleStep
{
    public string Name => "groups/aid/loans";

    public string Run(ScaleContext context)
    {
        var c = context.Connection;
        if (!Steps.TableExists(c, "BusinessGroups")) return "skipped: table BusinessGroups does not exist on this branch";
        var existing = Steps.Scalar(c, "SELECT COUNT(*) FROM BusinessGroups");
        if (existing > 0) return $"skipped: the database already has {existing:N0} groups";
        var businesses = BusinessInfo.Load(c);
        if (businesses.Count == 0) return "skipped: no businesses";
        var byKecamatan = businesses.Where(b => b.Status == "active").GroupBy(b => b.KecamatanCode).ToDictionary(g => g.Key, g => g.Select(b => b.Id).ToArray());
        var random = new Random(context.Seed + 40);
        string[] kinds = ["sector_cluster", "kelurahan_group", "cooperative", "other"];
        string[] words = ["Kelompok Usaha", "Koperasi", "Sentra", "Klaster"];
        string[] themes = ["Kopi", "Bika Ambon", "Ulos", "Anyaman", "Keripik", "Tenun", "Olahan Ikan", "Sirup Markisa"];
        int members = 0, items = 0;
        var today = context.Today;
        using (var tx = new Tx(c))
        using (var gi = new Inserter(tx, "BusinessGroups", "Id", "Name", "Kind", "KecamatanCode", "LeaderBusinessId", "FormedOn", "Status", "CreatedAt", "UpdatedAt", "Version"))
        using (var mi = new Inserter(tx, "BusinessGroupMembers", "GroupId", "BusinessId", "JoinedAt"))
        using (var ai = new Inserter(tx, "AidDistributions", "Id", "GroupId", "Programme", "BudgetYear", "TotalValueIdr", "HandedOverOn",
                   "HandoverDocumentNumber", "Status", "Notes", "CreatedAt", "UpdatedAt", "Version"))
        using (var ii = new Inserter(tx, "AidItems", "AidDistributionId", "Position", "Name", "Quantity", "Unit", "UnitValueIdr"))
        using (var li = new Inserter(tx, "LoanReferrals", "Id", "BusinessId", "Bank", "Product", "AmountRequestedIdr", "Purpose", "Status", "ReferredOn",
                   "SubmittedOn", "DecidedOn", "AmountApprovedIdr", "DisbursedOn", "AmountDisbursedIdr", "RejectionReason", "CreatedAt", "UpdatedAt", "Version"))
        {
            var keys = byKecamatan.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
            for (var id = 1; id <= groups; id++)
            {
                var kec = keys[random.Next(keys.Length)];
                var pool = byKecamatan[kec];
                var size = Math.Min(pool.Length, random.Next(5, 21));
                var chosen = new HashSet<int>();
                while (chosen.Count < size) chosen.Add(pool[random.Next(pool.Length)]);
                var formed = today.AddDays(-random.Next(30, 2000));
                var at = context.Now.AddDays(-random.Next(30, 2000));
                gi.Row(id, $"{words[random.Next(words.Length)]} {themes[random.Next(themes.Length)]} {id}", kinds[random.Next(kinds.Length)], kec,
                    chosen.First(), formed, random.Next(100) < 92 ? "active" : "inactive", at, at, 1);
                foreach (var m in chosen) { mi.Row(id, m, at); members++; }
            }
            for (var id = 1; id <= aid; id++)
            {
                var status = random.Next(100) switch { < 70 => "delivered", < 90 => "planned", _ => "cancelled" };
                var count = random.Next(1, 4);
                var lines = Enumerable.Range(1, count).Select(pos => (Pos: pos, Unit: random.Next(5, 200) * 100_000L, Quantity: random.Next(1, 10))).ToList();
                var totalValue = lines.Sum(l => l.Unit * l.Quantity);
                var handed = status == "delivered" ? today.AddDays(-random.Next(1, 900)) : (DateOnly?)null;
                ai.Row(id, 1 + random.Next(groups), "Bantuan Peralatan UMKM", (handed ?? today).Year, totalValue, handed,
                    handed is null ? null : $"BAST/{id:D5}/{handed.Value.Year}", status, null, context.Now.AddDays(-random.Next(1, 900)), context.Now, 1);
                foreach (var l in lines)
                    ii.Row(id, l.Pos, l.Pos switch { 1 => "Mesin Sangrai Kopi", 2 => "Etalase Kaca", _ => "Sealer Kemasan" }, l.Quantity, "unit", l.Unit);
                items += lines.Count;
            }
            string[] banks = ["bank_sumut", "bri", "bni", "mandiri", "bsi", "btn"];
            string[] productsKinds = ["kur_super_micro", "kur_micro", "kur_small", "commercial"];
            for (var id = 1; id <= loans; id++)
            {
                var status = random.Next(100) switch { < 20 => "referred", < 35 => "submitted", < 50 => "approved", < 65 => "rejected", _ => "disbursed" };
                var referred = today.AddDays(-random.Next(10, 1000));
                var product = productsKinds[random.Next(productsKinds.Length)];
                // Within the KUR ceilings of Permenko 1/2023 (LoanProductRules, migration 162).
                var requested = product switch
                {
                    "kur_super_micro" => random.Next(2, 11) * 1_000_000L,
                    "kur_micro" => random.Next(11, 101) * 1_000_000L,
                    _ => random.Next(11, 51) * 10_000_000L,
                };
                DateOnly? submitted = status == "referred" ? null : referred.AddDays(random.Next(1, 10));
                DateOnly? decided = status is "approved" or "rejected" or "disbursed" ? submitted!.Value.AddDays(random.Next(3, 30)) : null;
                long? approved = status is "approved" or "disbursed" ? requested * random.Next(50, 101) / 100 : null;
                DateOnly? disbursed = status == "disbursed" ? decided!.Value.AddDays(random.Next(1, 14)) : null;
                li.Row(id, businesses[random.Next(businesses.Count)].Id, banks[random.Next(banks.Length)], product,
                    requested, "Modal kerja dan pembelian bahan baku", status, referred, submitted, decided, approved, disbursed,
                    disbursed is null ? null : approved, status == "rejected" ? "Agunan tidak mencukupi" : null, context.Now, context.Now, 1);
            }
        }
        return $"{groups:N0} groups ({members:N0} members), {aid:N0} aid distributions ({items:N0} items), {loans:N0} loan referrals";
    }
}
