using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MedanUmkm.ScaleData;

public sealed class ScaleContext(SqliteConnection connection, int seed, DateOnly today)
{
    public SqliteConnection Connection { get; } = connection;
    public int Seed { get; } = seed;
    /// <summary>The day the data set is "as of" (--today): dates are spread around it and readiness is computed for it.</summary>
    public DateOnly Today { get; } = today;
    public DateTimeOffset Now { get; } = new(today.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
}

/// <summary>One part of the data set; skipped with a message when its table is not on this branch.</summary>
public interface IScaleStep
{
    string Name { get; }
    string Run(ScaleContext context);
}

public static class Steps
{
    public static void Exec(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public static string? TriggerSql(SqliteConnection c, string name)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = $name";
        cmd.Parameters.AddWithValue("$name", name);
        return cmd.ExecuteScalar() as string;
    }

    public static List<int> Ids(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var ids = new List<int>();
        while (r.Read()) ids.Add(r.GetInt32(0));
        return ids;
    }

    public static bool TableExists(SqliteConnection c, string table)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        cmd.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}

/// <summary>Realistic Medan businesses: valid NIB, NIK, NPWP, KBLI, phone; scale consistent with PP 7/2021.</summary>
public static class Fake
{
    public static readonly string[] Kecamatan = Enumerable.Range(1, 21).Select(i => $"12.71.{i:D2}").ToArray();
    /// <summary>Medan's kelurahan with their Kemendagri codes, per kecamatan (the reference of migration 163).</summary>
    public static readonly MedanUmkm.Migrations.Reference.ReferenceData.KelurahanRow[][] Kelurahan = Kecamatan
        .Select(code => MedanUmkm.Migrations.Reference.ReferenceData.Kelurahan.Where(k => k.KecamatanCode == code).ToArray()).ToArray();
    private static readonly string[] First = ["Rina", "Siti", "Dewi", "Butet", "Ani", "Nur", "Fitri", "Lestari", "Rahmat", "Budi", "Andi", "Hendra", "Joko", "Agus", "Dedi", "Rudi", "Yusuf", "Maruli", "Togar", "Ahmad"];
    private static readonly string[] Last = ["Sembiring", "Ginting", "Tarigan", "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitompul", "Hutapea", "Pohan", "Saragih", "Damanik", "Purba", "Rangkuti", "Batubara", "Daulay", "Pane", "Tanjung", "Situmorang"];
    private static readonly (string Sector, string[] Words, string[] Kbli)[] Sectors =
    [
        ("food_beverage", ["Kopi", "Bika Ambon", "Bolu Meranti", "Keripik", "Sambal", "Kue", "Dodol", "Teh", "Roti", "Sirup Markisa"], ["10792", "10710", "56102", "10750"]),
        ("fashion", ["Ulos", "Songket", "Batik", "Konveksi", "Tas", "Sepatu"], ["14111", "13121", "15120"]),
        ("craft", ["Anyaman", "Ukiran", "Kerajinan", "Souvenir", "Manik"], ["32901", "16292"]),
        ("agriculture", ["Tani", "Kebun", "Jamur", "Ikan Lele", "Madu"], ["01135", "03221", "01499"]),
        ("trade", ["Toko", "Grosir", "Kios", "Warung"], ["47111", "46319"]),
        ("services", ["Laundry", "Bengkel", "Salon", "Jahit", "Percetakan"], ["96200", "45201", "18111"]),
        ("manufacturing", ["Mebel", "Sabun", "Plastik", "Logam"], ["31001", "20231"]),
        ("other", ["Usaha", "Karya", "Mandiri"], ["82990"]),
    ];
    private static readonly string[] Suffix = ["Bu Rina", "Pak Budi", "Berkah", "Jaya", "Sejahtera", "Makmur", "Mandiri", "Barokah", "Sumber Rezeki", "Horas", "Sidikalang", "Karo", "Deli", "Tiga Putra", "Maju"];
    private static readonly string[] Streets = ["Jl. Sisingamangaraja", "Jl. Gatot Subroto", "Jl. Setia Budi", "Jl. Juanda", "Jl. Brigjen Katamso", "Jl. Asia", "Jl. Thamrin", "Jl. Ayahanda", "Jl. Iskandar Muda", "Jl. AR Hakim"];

    public sealed record Business(
        string Nib, string Name, string OwnerName, string OwnerNik, string OwnerGender, string? Npwp, string Sector, string[] Kbli,
        string KecamatanCode, string Kelurahan, string KelurahanCode, string Address, string? Phone, string? Email, int? FoundedYear, int Employees,
        long Capital, long Revenue, string Scale, DateOnly FosteredSince);

    public static Business Make(Random r, string nib)
    {
        var female = r.Next(100) < 62;
        var sector = Sectors[r.Next(Sectors.Length)];
        var owner = $"{(female ? First[r.Next(8)] : First[8 + r.Next(12)])} {Last[r.Next(Last.Length)]}";
        var kecIndex = r.Next(21);
        var day = r.Next(1, 29);
        var nik = $"1271{kecIndex + 1:D2}{(female ? day + 40 : day):D2}{r.Next(1, 13):D2}{r.Next(60, 100):D2}{r.Next(1, 10000):D4}";
        var micro = r.Next(100) < 86;
        var small = !micro && r.Next(100) < 80;
        long revenue = micro ? r.NextInt64(50, 2_000) * 1_000_000 : small ? r.NextInt64(2_001, 15_000) * 1_000_000 : r.NextInt64(15_001, 50_000) * 1_000_000;
        if (r.Next(100) < 3) revenue = 0;
        long capital = micro ? r.NextInt64(5, 1_000) * 1_000_000 : small ? r.NextInt64(1_001, 5_000) * 1_000_000 : r.NextInt64(5_001, 10_000) * 1_000_000;
        var scale = revenue > 0
            ? revenue <= 2_000_000_000 ? "micro" : revenue <= 15_000_000_000 ? "small" : "medium"
            : capital <= 1_000_000_000 ? "micro" : capital <= 5_000_000_000 ? "small" : "medium";
        var kbli = sector.Kbli.OrderBy(_ => r.Next()).Take(1 + r.Next(Math.Min(2, sector.Kbli.Length))).ToArray();
        var name = $"{sector.Words[r.Next(sector.Words.Length)]} {Suffix[r.Next(Suffix.Length)]} {r.Next(1, 1000)}";
        var founded = r.Next(100) < 90 ? 1990 + r.Next(36) : (int?)null;
        var fostered = new DateOnly(2015, 1, 1).AddDays(r.Next(0, 4000));
        // Chosen from the NIB rather than the random stream, so the rest of the data set stays as it was.
        var number = long.Parse(nib, CultureInfo.InvariantCulture);
        var kelurahan = Kelurahan[kecIndex][(int)(number % Kelurahan[kecIndex].Length)];
        // 16-digit NPWP (PMK 112/2022): one owner in five files as an individual (NPWP = NIK), the rest 0 + the old 15 digits.
        var npwp = r.Next(100) < 55 ? $"0{r.NextInt64(10_000_000_000_000, 99_999_999_999_999)}{r.Next(0, 10)}" : null;
        if (npwp is not null && number % 5 == 0) npwp = nik;
        return new Business(nib, name, owner, nik, female ? "female" : "male",
            npwp,
            sector.Sector, kbli, Kecamatan[kecIndex], kelurahan.Name, kelurahan.Code, $"{Streets[r.Next(Streets.Length)]} No. {r.Next(1, 300)}",
            r.Next(100) < 90 ? $"+628{r.Next(11, 99)}{r.Next(1000000, 99999999)}" : null,
            r.Next(100) < 60 ? $"{owner.Split(' ')[0].ToLowerInvariant()}{r.Next(1, 9999)}@gmail.com" : null,
            founded, micro ? r.Next(1, 10) : small ? r.Next(5, 50) : r.Next(20, 200), capital, revenue, scale, fostered);
    }
}

/// <summary>The registry: 100,000 businesses by default, with 1-2 KBLI codes each.</summary>
public sealed class BusinessesStep(int count) : IScaleStep
{
    public string Name => "businesses";

    public string Run(ScaleContext context)
    {
        var c = context.Connection;
        var existing = Steps.Scalar(c, "SELECT COUNT(*) FROM Businesses");
        if (existing > 0) return $"skipped: the database already has {existing:N0} businesses";

        // The FTS index is rebuilt once at the end instead of row by row through the insert trigger.
        var trigger = new SetAsideTrigger(c, "Businesses_ai", "INSERT INTO BusinessSearch(BusinessSearch) VALUES ('rebuild')");

        var random = new Random(context.Seed);
        var tx = c.BeginTransaction();
        using var insert = c.CreateCommand();
        insert.CommandText = """
            INSERT INTO Businesses (Id, Nib, Name, OwnerName, OwnerNik, OwnerGender, Npwp, Sector, KecamatanCode, Kelurahan, KelurahanCode, Address,
                Phone, Email, FoundedYear, Employees, BusinessCapitalIdr, AnnualRevenueIdr, Scale, FosteredSince, Status, EkatalogStatus,
                CreatedAt, UpdatedAt, Version)
            VALUES ($id, $nib, $name, $owner, $nik, $gender, $npwp, $sector, $kec, $kel, $kelcode, $address, $phone, $email, $founded, $employees,
                $capital, $revenue, $scale, $fostered, $status, $ekatalog, $created, $created, 1)
            """;
        string[] names = ["$id", "$nib", "$name", "$owner", "$nik", "$gender", "$npwp", "$sector", "$kec", "$kel", "$kelcode", "$address", "$phone",
            "$email", "$founded", "$employees", "$capital", "$revenue", "$scale", "$fostered", "$status", "$ekatalog", "$created"];
        var p = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        using var kbli = c.CreateCommand();
        kbli.CommandText = "INSERT INTO BusinessKbli (BusinessId, Code, KbliVersion, Position) VALUES ($id, $code, '2020', $pos)";
        var kId = kbli.Parameters.Add("$id", SqliteType.Integer);
        var kCode = kbli.Parameters.Add("$code", SqliteType.Text);
        var kPos = kbli.Parameters.Add("$pos", SqliteType.Integer);
        insert.Transaction = tx;
        kbli.Transaction = tx;
        insert.Prepare();
        kbli.Prepare();
        string[] ekatalog = ["not_started", "not_started", "not_started", "preparing", "preparing", "submitted", "listed", "rejected", "delisted"];
        for (var i = 1; i <= count; i++)
        {
            var b = Fake.Make(random, "91" + i.ToString("D11", CultureInfo.InvariantCulture));
            object?[] values =
            [
                i, b.Nib, b.Name, b.OwnerName, b.OwnerNik, b.OwnerGender, b.Npwp, b.Sector, b.KecamatanCode, b.Kelurahan, b.KelurahanCode, b.Address,
                b.Phone, b.Email, b.FoundedYear, b.Employees, b.Capital, b.Revenue, b.Scale, b.FosteredSince,
                random.Next(100) < 95 ? "active" : "inactive", ekatalog[random.Next(ekatalog.Length)],
                context.Now.AddMinutes(-random.Next(0, 5_000_000)),
            ];
            for (var j = 0; j < values.Length; j++) p[j].Value = values[j] ?? DBNull.Value;
            insert.ExecuteNonQuery();
            for (var k = 0; k < b.Kbli.Length; k++)
            {
                kId.Value = i;
                kCode.Value = b.Kbli[k];
                kPos.Value = k;
                kbli.ExecuteNonQuery();
            }
            if (i % 50_000 == 0)
            {
                tx.Commit();
                tx = c.BeginTransaction();
                insert.Transaction = tx;
                kbli.Transaction = tx;
                Console.WriteLine($"  {i:N0} businesses");
            }
        }
        tx.Commit();
        // LKPP v6 onboarding facts (migration 150): individuals, non-PKP; INAPROC and the OSS check done for the
        // businesses that got as far as submitting, and for a third of the others.
        Steps.Exec(c, """
            UPDATE Businesses SET LegalForm = CASE WHEN Id % 20 = 0 THEN 'cv' ELSE 'perorangan' END,
                DeedNumber = CASE WHEN Id % 20 = 0 THEN 'AHU-' || Id ELSE NULL END,
                DeedDate = CASE WHEN Id % 20 = 0 THEN FosteredSince ELSE NULL END,
                PkpStatus = CASE WHEN Scale = 'medium' THEN 'pkp' ELSE 'non_pkp' END
            """);
        Steps.Exec(c, """
            UPDATE Businesses SET InaprocVerifiedOn = FosteredSince, OssVerifiedOn = FosteredSince, OssVerifiedBy = 'Petugas Dinas'
            WHERE EkatalogStatus IN ('submitted', 'listed', 'delisted') OR Id % 3 = 0
            """);
        trigger.Restore();
        return $"{count:N0} businesses, {Steps.Scalar(c, "SELECT COUNT(*) FROM BusinessKbli"):N0} KBLI codes, search index rebuilt";
    }
}

/// <summary>An import spreadsheet in the template's columns, with a given number of bad rows spread through it.</summary>
public static class ImportFile
{
    private static readonly string[] Columns =
    [
        "nib", "name", "ownerName", "ownerNik", "ownerGender", "npwp", "kbli", "sector", "kecamatanCode", "kelurahan", "address",
        "phone", "email", "foundedYear", "employees", "businessCapitalIdr", "annualRevenueIdr", "fosteredSince",
    ];

    /// <summary>Lean files leave out the optional npwp, email and foundedYear columns (100,000 rows then fit in the 20 MB upload limit).</summary>
    private static readonly string[] Optional = ["npwp", "email", "foundedYear"];

    public static int Write(string path, int rows, int bad, int seed, string nibPrefix, bool lean = false)
    {
        var keep = Columns.Select((c, i) => (c, i)).Where(x => !lean || !Optional.Contains(x.c)).Select(x => x.i).ToArray();
        var random = new Random(seed);
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(true), 1 << 16);
        w.Write(string.Join(',', keep.Select(i => Columns[i])) + "\r\n");
        var badEvery = bad > 0 ? Math.Max(1, rows / bad) : int.MaxValue;
        var badWritten = 0;
        for (var i = 1; i <= rows; i++)
        {
            var b = Fake.Make(random, nibPrefix + i.ToString("D11", CultureInfo.InvariantCulture));
            if (i % badEvery == 0 && badWritten < bad)
            {
                // The mistakes a spreadsheet really has: a short NIB, a NIK that lost digits, a foreign phone, a kecamatan outside Medan.
                b = (badWritten++ % 4) switch
                {
                    0 => b with { Nib = b.Nib[..12] },
                    1 => b with { OwnerNik = b.OwnerNik[..15] },
                    2 => b with { Phone = "+1 555 0100" },
                    _ => b with { KecamatanCode = "12.72.01" },
                };
            }
            string?[] values =
            [
                b.Nib, b.Name, b.OwnerName, b.OwnerNik, b.OwnerGender, b.Npwp, string.Join(';', b.Kbli.Select(k => k + ":2020")), b.Sector,
                b.KecamatanCode, b.Kelurahan, b.Address, b.Phone, b.Email, b.FoundedYear?.ToString(CultureInfo.InvariantCulture),
                b.Employees.ToString(CultureInfo.InvariantCulture), b.Capital.ToString(CultureInfo.InvariantCulture),
                b.Revenue.ToString(CultureInfo.InvariantCulture), b.FosteredSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ];
            w.Write(string.Join(',', keep.Select(i => values[i]).Select(v => v is null ? "" : v.IndexOfAny([',', '"', ';']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v)));
            w.Write("\r\n");
        }
        return rows;
    }
}

/// <summary>
/// An insert trigger set aside for a bulk load (row-by-row maintenance of an index is the slow part),
/// then put back and its index filled in one statement. A database without the trigger is left alone.
/// </summary>
public sealed class SetAsideTrigger
{
    private readonly SqliteConnection _c;
    private readonly string? _definition;
    private readonly string _fill;

    public SetAsideTrigger(SqliteConnection c, string name, string fill)
    {
        (_c, _fill) = (c, fill);
        _definition = Steps.TriggerSql(c, name);
        if (_definition is not null) Steps.Exec(c, $"DROP TRIGGER {name}");
    }

    public void Restore()
    {
        if (_definition is null) return;
        Steps.Exec(_c, _definition);
        Steps.Exec(_c, _fill);
    }
}
