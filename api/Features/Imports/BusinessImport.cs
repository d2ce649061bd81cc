using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// Businesses from a spreadsheet: each row becomes a <see cref="BusinessInput"/> checked by the
/// same <see cref="BusinessInputValidator"/> as POST/PUT /businesses and written with the same
/// normalisation (<see cref="BusinessColumns"/>); upserted by NIB. Status and e-katalog status are
/// not imported (new businesses start active / not_started; existing ones keep theirs).
/// </summary>
public sealed partial class BusinessImport(TimeProvider clock) : ImportKind<BusinessImport.Item>
{
    public sealed record Item(BusinessInput Input, IReadOnlyList<KbliCode> Kbli);

    private readonly BusinessInputValidator _validator = new(clock);

    public override string Name => "businesses";

    /// <summary>The template's columns in the request's language (names, the report's column keys, never change).</summary>
    public static IReadOnlyList<TabularColumn> Template => TemplateIn(TextLanguage.Current);

    private static readonly (string Name, string Example, bool Required, CellKind Kind)[] Layout =
    [
        ("nib", "9120301234567", true, CellKind.Text),
        ("name", "Kopi Sidikalang Bu Rina", true, CellKind.Text),
        ("ownerName", "Rina Br Sembiring", true, CellKind.Text),
        ("ownerNik", "1271016504850003", true, CellKind.Text),
        ("ownerGender", "", true, CellKind.Text),
        ("npwp", "0123456789121000", false, CellKind.Text),
        ("nitku", "0123456789121000000001", false, CellKind.Text),
        ("kbli", "10792:2020;47111:2020", false, CellKind.Text),
        ("sector", "", true, CellKind.Text),
        ("kecamatanCode", "Medan Kota", true, CellKind.Text),
        ("kelurahan", "Pasar Merah Barat", false, CellKind.Text),
        ("kelurahanCode", "12.71.01.1007", false, CellKind.Text),
        ("address", "Jl. Sisingamangaraja No. 12", true, CellKind.Text),
        ("phone", "0812-6543-2109", false, CellKind.Text),
        ("email", "rina.kopi@gmail.com", false, CellKind.Text),
        ("foundedYear", "2016", false, CellKind.Number),
        ("employees", "4", true, CellKind.Number),
        ("businessCapitalIdr", "150000000", true, CellKind.Number),
        ("annualRevenueIdr", "480000000", true, CellKind.Number),
        ("fosteredSince", "15/03/2021", true, CellKind.Date),
    ];

    /// <summary>Headers that earlier templates and exports used for a column (still accepted).</summary>
    private static readonly Dictionary<string, string[]> Legacy = new(StringComparer.Ordinal)
    {
        ["kecamatanCode"] = ["kecamatan", "Kode kecamatan", "Kecamatan code"],
    };

    private static readonly Dictionary<string, IReadOnlyList<TabularColumn>> Languages = new(StringComparer.Ordinal)
    {
        [TextLanguage.Indonesian] = Build(TextLanguage.Indonesian),
        [TextLanguage.English] = Build(TextLanguage.English),
    };

    public static IReadOnlyList<TabularColumn> TemplateIn(string language) =>
        Languages.TryGetValue(language, out var columns) ? columns : Languages[TextLanguage.Indonesian];

    public override IReadOnlyList<TabularColumn> ColumnsIn(string language) => TemplateIn(language);

    private static List<TabularColumn> Build(string language)
    {
        var other = language == TextLanguage.English ? TextLanguage.Indonesian : TextLanguage.English;
        return Layout.Select(c =>
        {
            var choices = Choices(c.Name, language);
            return new TabularColumn(c.Name, ServerTexts.Format($"import.column.{c.Name}.help", language),
                choices is null || c.Example.Length > 0 ? c.Example : choices[0], c.Required, c.Kind)
            {
                Header = ServerTexts.Format($"import.column.{c.Name}", language),
                AcceptedHeaders = [ServerTexts.Format($"import.column.{c.Name}", other), .. Legacy.GetValueOrDefault(c.Name, [])],
                Choices = choices,
            };
        }).ToList();
    }

    private static IReadOnlyList<string>? Choices(string column, string language) => column switch
    {
        "ownerGender" => Enum.GetValues<Gender>().Select(g => Label(g, language)).ToList(),
        "sector" => Enum.GetValues<Sector>().Select(s => Label(s, language)).ToList(),
        "kecamatanCode" => KecamatanRules.All.Select(k => k.Name).ToList(),
        "kelurahan" => KelurahanRules.Names,
        _ => null,
    };

    /// <summary>The label of a gender or sector in a language ("Perempuan", "Food and beverages").</summary>
    public static string Label<TEnum>(TEnum value, string language) where TEnum : struct, Enum =>
        ServerTexts.Format($"import.{(typeof(TEnum) == typeof(Gender) ? "gender" : "sector")}.{EnumText.Of(value)}", language);

    /// <summary>Labels in both languages -> value (case and spaces ignored).</summary>
    private static Dictionary<string, TEnum> Labels<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .SelectMany(v => new[] { TextLanguage.Indonesian, TextLanguage.English }.Select(l => (Key: ImportRow.LabelKey(Label(v, l)), Value: v)))
            .DistinctBy(x => x.Key)
            .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);

    private static readonly Dictionary<string, Gender> GenderLabels = Labels<Gender>();
    private static readonly Dictionary<string, Sector> SectorLabels = Labels<Sector>();

    protected override Item? ParseRow(ImportRow row, bool validate)
    {
        var kbli = ParseKbli(row);
        var employees = Required(row, "employees", row.WholeNumber("employees"));
        var capital = Required(row, "businessCapitalIdr", row.LargeWholeNumber("businessCapitalIdr"));
        var revenue = Required(row, "annualRevenueIdr", row.LargeWholeNumber("annualRevenueIdr"));
        var fostered = Required(row, "fosteredSince", row.Date("fosteredSince"));
        var (kelurahan, kelurahanCode) = (row["kelurahan"], row["kelurahanCode"]);
        // A kelurahan code typed into the kelurahan column counts as the code.
        if (kelurahanCode is null && kelurahan is not null && KelurahanCodeForm().IsMatch(kelurahan)) (kelurahan, kelurahanCode) = (null, kelurahan);
        var input = new BusinessInput(
            Name: row.Text("name"),
            OwnerName: row.Text("ownerName"),
            OwnerNik: row.Text("ownerNik"),
            OwnerGender: Required(row, "ownerGender", row.Enum("ownerGender", GenderLabels)),
            Nib: row.Text("nib"),
            Npwp: row["npwp"],
            Kbli: kbli,
            Sector: Required(row, "sector", row.Enum("sector", SectorLabels)),
            KecamatanCode: Kecamatan(row),
            Kelurahan: kelurahan ?? "",
            Address: row.Text("address"),
            Phone: row["phone"],
            Email: row["email"],
            FoundedYear: row.WholeNumber("foundedYear"),
            Employees: employees ?? 0,
            BusinessCapitalIdr: capital ?? 0,
            AnnualRevenueIdr: revenue ?? 0,
            FosteredSince: fostered ?? default,
            KelurahanCode: kelurahanCode,
            Nitku: row["nitku"]);

        if (!validate) return new Item(input, kbli ?? []);
        var reported = row.Errors.Select(e => e.Column).ToHashSet();
        // The rules' texts in both languages, for the report's readers of either (FluentValidation and
        // the catalogue follow the UI culture); the English pass only runs for a row that fails.
        var failures = TextLanguage.In(TextLanguage.Indonesian, () => _validator.Validate(input).Errors);
        if (failures.Count > 0)
        {
            var english = TextLanguage.In(TextLanguage.English, () => _validator.Validate(input).Errors);
            for (var i = 0; i < failures.Count; i++)
            {
                var failure = failures[i];
                var column = ColumnOf(failure.PropertyName);
                if (reported.Contains(column)) continue;
                var en = i < english.Count && english[i].PropertyName == failure.PropertyName ? english[i].ErrorMessage : failure.ErrorMessage;
                row.Error(column, failure.ErrorCode, Args(failure.CustomState),
                    new Dictionary<string, string>(StringComparer.Ordinal) { [TextLanguage.Indonesian] = failure.ErrorMessage, [TextLanguage.English] = en });
            }
        }
        return row.Errors.Count == 0 ? new Item(input, kbli ?? []) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^12\.71\.\d{2}\.\d{4}$")]
    private static partial System.Text.RegularExpressions.Regex KelurahanCodeForm();

    /// <summary>The kecamatan code from a name or a code; an unknown text is reported and passed on as it is.</summary>
    private static string Kecamatan(ImportRow row)
    {
        var text = row["kecamatanCode"];
        if (text is null) return "";
        if (KecamatanRules.CodeOf(text) is { } code) return code;
        row.Error("kecamatanCode", "import.error.kecamatan_unknown", ("value", text));
        return text;
    }

    private static Dictionary<string, string>? Args(object? state) =>
        state is IReadOnlyDictionary<string, object?> args
            ? args.ToDictionary(a => a.Key, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal)
            : null;

    private static T? Required<T>(ImportRow row, string column, T? value) where T : struct
    {
        if (value is null && row[column] is null) row.Error(column, "import.error.required");
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
                row.Error("kbli", "import.error.kbli_format", ("value", part));
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
