using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// Businesses from a spreadsheet: each row becomes a <see cref="BusinessInput"/> checked by the
/// same <see cref="BusinessInputValidator"/> as POST/PUT /businesses and written with the same
/// normalisation (<see cref="BusinessColumns"/>); upserted by NIB. Status and e-katalog status are
/// not imported (new businesses start active / not_started; existing ones keep theirs).
/// </summary>
public sealed class BusinessImport(TimeProvider clock) : ImportKind<BusinessImport.Item>
{
    public sealed record Item(BusinessInput Input, IReadOnlyList<KbliCode> Kbli);

    private readonly BusinessInputValidator _validator = new(clock);

    public override string Name => "businesses";

    public static readonly IReadOnlyList<TabularColumn> Template =
    [
        new("nib", "NIB from OSS, 13 digits; the key: a row whose NIB is registered updates that business", "9120301234567", Required: true),
        new("name", "Trading name", "Kopi Sidikalang Bu Rina", Required: true),
        new("ownerName", "Owner as on the KTP (NIK card)", "Rina Br Sembiring", Required: true),
        new("ownerNik", "Owner's NIK, 16 digits (women: birth day + 40); format the column as Text in Excel", "1271016504850003", Required: true),
        new("ownerGender", "female or male", "female", Required: true),
        new("npwp", "Tax id, 16 digits (an individual's NIK, else 0 + the old 15 digits); old 15-digit NPWPs are stored as 0 + 15; punctuation allowed (optional)", "0123456789121000"),
        new("nitku", "NITKU of the business location, 22 digits: the 16-digit NPWP + 6 (optional)", "0123456789121000000001"),
        new("kbli", "KBLI codes as code:version separated by ';' (optional)", "10792:2020;47111:2020"),
        new("sector", $"One of: {string.Join(", ", EnumText.All<Sector>())}", "food_beverage", Required: true),
        new("kecamatanCode", "Kecamatan code 12.71.01 to 12.71.21 (GET /api/v1/reference/kecamatan)", "12.71.01", Required: true),
        new("kelurahan", "Kelurahan (village) name; matched within the kecamatan (required without kelurahanCode)", "Pasar Merah Barat"),
        new("kelurahanCode", "Kemendagri kelurahan code 12.71.xx.xxxx (GET /api/v1/reference/kelurahan; optional)", "12.71.01.1007"),
        new("address", "Street address", "Jl. Sisingamangaraja No. 12", Required: true),
        new("phone", "Indonesian phone number, stored as +62... (optional)", "0812-6543-2109"),
        new("email", "Contact e-mail (optional)", "rina.kopi@gmail.com"),
        new("foundedYear", "Year the business started (optional)", "2016", Kind: CellKind.Number),
        new("employees", "Number of workers", "4", Required: true, Kind: CellKind.Number),
        new("businessCapitalIdr", "Business capital in whole rupiah, without land and buildings", "150000000", Required: true, Kind: CellKind.Number),
        new("annualRevenueIdr", "Annual sales in whole rupiah (0 for a new business)", "480000000", Required: true, Kind: CellKind.Number),
        new("fosteredSince", "Date the office began fostering the business, YYYY-MM-DD", "2021-03-15", Required: true, Kind: CellKind.Date),
    ];

    public override IReadOnlyList<TabularColumn> Columns => Template;

    protected override Item? ParseRow(ImportRow row, bool validate)
    {
        var kbli = ParseKbli(row);
        var employees = Required(row, "employees", row.WholeNumber("employees"));
        var capital = Required(row, "businessCapitalIdr", row.LargeWholeNumber("businessCapitalIdr"));
        var revenue = Required(row, "annualRevenueIdr", row.LargeWholeNumber("annualRevenueIdr"));
        var fostered = Required(row, "fosteredSince", row.Date("fosteredSince"));
        var input = new BusinessInput(
            Name: row.Text("name"),
            OwnerName: row.Text("ownerName"),
            OwnerNik: row.Text("ownerNik"),
            OwnerGender: Required(row, "ownerGender", row.Enum<Gender>("ownerGender")),
            Nib: row.Text("nib"),
            Npwp: row["npwp"],
            Kbli: kbli,
            Sector: Required(row, "sector", row.Enum<Sector>("sector")),
            KecamatanCode: row.Text("kecamatanCode"),
            Kelurahan: row.Text("kelurahan"),
            Address: row.Text("address"),
            Phone: row["phone"],
            Email: row["email"],
            FoundedYear: row.WholeNumber("foundedYear"),
            Employees: employees ?? 0,
            BusinessCapitalIdr: capital ?? 0,
            AnnualRevenueIdr: revenue ?? 0,
            FosteredSince: fostered ?? default,
            KelurahanCode: row["kelurahanCode"],
            Nitku: row["nitku"]);

        if (!validate) return new Item(input, kbli ?? []);
        var reported = row.Errors.Select(e => e.Column).ToHashSet();
        foreach (var failure in _validator.Validate(input).Errors)
        {
            var column = ColumnOf(failure.PropertyName);
            if (!reported.Contains(column)) row.Error(column, failure.ErrorMessage);
        }
        return row.Errors.Count == 0 ? new Item(input, kbli ?? []) : null;
    }

    private static T? Required<T>(ImportRow row, string column, T? value) where T : struct
    {
        if (value is null && row[column] is null) row.Error(column, $"{column} is required.");
        return value;
    }

    /// <summary>"Kbli[0].Code" -> "kbli", "OwnerNik" -> "ownerNik".</summary>
    private static string ColumnOf(string propertyName)
    {
        var name = propertyName.Split('.', '[')[0];
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>"10792:2020;47111:2020" -> KBLI codes (the edition after the colon).</summary>
    private static List<KbliCode>? ParseKbli(ImportRow row)
    {
        var text = row["kbli"];
        if (text is null) return null;
        var list = new List<KbliCode>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', StringSplitOptions.TrimEntries);
            if (pieces.Length != 2)
            {
                row.Error("kbli", $"'{part}' is not code:version; write KBLI codes as 10792:2020;47111:2020.");
                return null;
            }
            list.Add(new KbliCode(pieces[0], pieces[1]));
        }
        return list;
    }

    protected override string Key(Item item) => item.Input.Nib;

    // The batch's NIBs as one JSON parameter: one statement text for every batch, not 500 parameters to bind.
    private static string SelectByNibs(SqlDialect dialect) => BusinessSql.Select + $"\nWHERE b.Nib IN ({dialect.ValuesOfJson("@Nibs")})";
    private const string KbliByIds = "SELECT BusinessId, Code, KbliVersion FROM BusinessKbli WHERE BusinessId IN @Ids ORDER BY BusinessId, Position";
    private const string DeleteKbli = "DELETE FROM BusinessKbli WHERE BusinessId IN @Ids";
    private const string TriggersSql = "SELECT name AS Name, sql AS Sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('Businesses_ai', 'Businesses_au')";
    // What the Businesses_ai/_au triggers of migration 1 do for one row, for a batch (SQLite).
    private const string IndexSql = "INSERT INTO BusinessSearch(rowid, Name, OwnerName, Nib) SELECT Id, Name, OwnerName, Nib FROM Businesses WHERE Id IN @Ids";
    private const string IndexRangeSql = "INSERT INTO BusinessSearch(rowid, Name, OwnerName, Nib) SELECT Id, Name, OwnerName, Nib FROM Businesses WHERE Id BETWEEN @First AND @Last";
    private const string UnindexSql = """
        INSERT INTO BusinessSearch(BusinessSearch, rowid, Name, OwnerName, Nib)
        SELECT 'delete', Id, Name, OwnerName, Nib FROM Businesses WHERE Id IN @Ids
        """;

    private const string InsertSql = """
        INSERT INTO Businesses (Nib, Name, OwnerName, OwnerNik, OwnerGender, Npwp, Nitku, Sector, KecamatanCode, Kelurahan, KelurahanCode,
            Address, Phone, Email, FoundedYear, Employees, BusinessCapitalIdr, AnnualRevenueIdr, Scale, FosteredSince,
            Status, EkatalogStatus, CreatedAt, UpdatedAt, Version)
        VALUES (@Nib, @Name, @OwnerName, @OwnerNik, @OwnerGender, @Npwp, @Nitku, @Sector, @KecamatanCode, @Kelurahan, @KelurahanCode,
            @Address, @Phone, @Email, @FoundedYear, @Employees, @BusinessCapitalIdr, @AnnualRevenueIdr, @Scale, @FosteredSince,
            'active', 'not_started', @Now, @Now, 1)
        """;

    // An import is a bulk replace by NIB: last writer wins (no If-Match per row); the version still moves on.
    private const string UpdateSql = """
        UPDATE Businesses SET Name = @Name, OwnerName = @OwnerName, OwnerNik = @OwnerNik,
            OwnerGender = @OwnerGender, Npwp = @Npwp, Nitku = @Nitku, Sector = @Sector, KecamatanCode = @KecamatanCode,
            Kelurahan = @Kelurahan, KelurahanCode = @KelurahanCode, Address = @Address, Phone = @Phone, Email = @Email, FoundedYear = @FoundedYear,
            Employees = @Employees, BusinessCapitalIdr = @BusinessCapitalIdr, AnnualRevenueIdr = @AnnualRevenueIdr,
            Scale = @Scale, FosteredSince = @FosteredSince, UpdatedAt = @Now, Version = Version + 1
        WHERE Id = @Id
        """;

    protected override async Task<UpsertCounts> UpsertAsync(DbSession db, IReadOnlyList<Item> items, bool write, DateTimeOffset now,
        BusinessChanges changes, CancellationToken ct)
    {
        var existing = (await db.QueryAsync<BusinessRow>(SelectByNibs(db.Dialect), new { Nibs = SqlDialect.JsonList(items.Select(i => i.Input.Nib)) }, ct))
            .ToDictionary(r => r.Nib);
        var kbli = existing.Count == 0 ? null
            : (await db.QueryAsync<KbliRow>(KbliByIds, new { Ids = existing.Values.Select(r => r.Id).ToArray() }, ct)).ToLookup(k => k.BusinessId);

        var created = new List<Item>();
        var changed = new List<(int Id, Item Item)>();
        var unchanged = 0;
        foreach (var item in items)
        {
            if (!existing.TryGetValue(item.Input.Nib, out var row)) { created.Add(item); continue; }
            var storedKbli = kbli![row.Id].Select(k => new KbliCode(k.Code, k.KbliVersion)).ToList();
            // Same normalisation on both sides; anonymous types compare by value.
            var same = BusinessColumns.From(ToInput(row, storedKbli), null, null, default)
                           .Equals(BusinessColumns.From(item.Input, null, null, default))
                       && storedKbli.SequenceEqual(item.Kbli);
            if (same) unchanged++;
            else changed.Add((row.Id, item));
        }

        if (write)
        {
            if (created.Count > 0)
            {
                var ids = await db.InsertEachAsync(InsertSql, created.Select(i => BusinessColumns.From(i.Input, null, null, now)).ToList(), ct);
                if (_searchTriggers is not null)
                {
                    // This transaction is the only writer, so the new ids are usually one range: no list of 500 parameters.
                    var (first, last) = (ids.Min(), ids.Max());
                    if (last - first + 1 == ids.Count) await db.ExecuteAsync(IndexRangeSql, new { First = first, Last = last }, ct);
                    else await db.ExecuteAsync(IndexSql, new { Ids = ids }, ct);
                }
                await InsertKbliAsync(db, created.Select((item, i) => (ids[i], item)), ct);
                changes.Touch(ids);
            }
            if (changed.Count > 0)
            {
                var ids = new { Ids = changed.Select(c => c.Id).ToArray() };
                if (_searchTriggers is not null) await db.ExecuteAsync(UnindexSql, ids, ct);
                await db.ExecuteEachAsync(UpdateSql, changed.Select(c => BusinessColumns.From(c.Item.Input, c.Id, null, now)).ToList(), ct);
                if (_searchTriggers is not null) await db.ExecuteAsync(IndexSql, ids, ct);
                await db.ExecuteAsync(DeleteKbli, ids, ct);
                await InsertKbliAsync(db, changed, ct);
                changes.Touch(ids.Ids);
            }
        }
        return new UpsertCounts(created.Count, changed.Count, unchanged);
    }

    /// <summary>The search index's row triggers, set aside for this commit (SQLite); null when they are in place.</summary>
    private List<(string Name, string Definition)>? _searchTriggers;

    /// <summary>
    /// SQLite: through the search index's row triggers every row costs ~100 us (FTS5 writes out its
    /// pending terms at the end of every statement; docs/performance.md). For the commit they are set
    /// aside inside its transaction (a rollback brings them back with everything else) and each batch
    /// updates the index in one statement before and after its writes. Once per job: every schema
    /// change makes the connection prepare its statements again.
    /// </summary>
    public override async Task BeginWritingAsync(DbSession db, CancellationToken ct)
    {
        if (db.Dialect != SqlDialect.Sqlite) return;
        _searchTriggers = (await db.QueryAsync<TriggerRow>(TriggersSql, null, ct)).Select(t => (t.Name, t.Sql)).ToList();
        foreach (var (name, _) in _searchTriggers) await db.ExecuteAsync($"DROP TRIGGER {name}", null, ct);
    }

    public override async Task EndWritingAsync(DbSession db, CancellationToken ct)
    {
        foreach (var (_, definition) in _searchTriggers ?? []) await db.ExecuteAsync(definition, null, ct);
        _searchTriggers = null;
    }

    private sealed class TriggerRow
    {
        public string Name { get; init; } = "";
        public string Sql { get; init; } = "";
    }

    private static async Task InsertKbliAsync(DbSession db, IEnumerable<(int Id, Item Item)> rows, CancellationToken ct)
    {
        var kbli = rows.SelectMany(r => r.Item.Kbli.Select(object (k, i) => new { BusinessId = r.Id, k.Code, KbliVersion = k.Version, Position = i })).ToList();
        await db.ExecuteEachAsync(BusinessSql.InsertKbli, kbli, ct);
    }

    private static BusinessInput ToInput(BusinessRow r, IReadOnlyList<KbliCode> kbli) => new(
        r.Name, r.OwnerName, r.OwnerNik, EnumText.Parse<Gender>(r.OwnerGender), r.Nib, r.Npwp, kbli,
        EnumText.Parse<Sector>(r.Sector), r.KecamatanCode, r.Kelurahan, r.Address, r.Phone, r.Email, r.FoundedYear,
        r.Employees, r.BusinessCapitalIdr, r.AnnualRevenueIdr, r.FosteredSince, r.KelurahanCode, r.Nitku);
}
