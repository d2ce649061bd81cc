using System.Reflection;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>
/// Both engines' SQL, checked without a SQL Server: the dialect's forms, and every SQL constant of
/// the API parsed as T-SQL (SQLite runs the same text in the API tests).
/// </summary>
public sealed class SqlDialectTests
{
    [Test]
    public void Paging_UsesEachEnginesSyntax()
    {
        Assert.That(SqlDialect.Sqlite.Paging, Is.EqualTo("LIMIT @Take OFFSET @Skip"));
        Assert.That(SqlDialect.SqlServer.Paging, Is.EqualTo("OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY"));
    }

    [Test]
    public void LastInsertedId_UsesEachEnginesFunction()
    {
        Assert.That(SqlDialect.Sqlite.LastInsertedId, Does.Contain("last_insert_rowid()"));
        Assert.That(SqlDialect.SqlServer.LastInsertedId, Does.Contain("SCOPE_IDENTITY()"));
    }

    [Test]
    public void LimitOne_SqlServerUsesTop()
    {
        Assert.That(SqlDialect.Sqlite.LimitOne("SELECT Id FROM Businesses ORDER BY Id"), Is.EqualTo("SELECT Id FROM Businesses ORDER BY Id LIMIT 1"));
        Assert.That(SqlDialect.SqlServer.LimitOne("SELECT Id FROM Businesses ORDER BY Id"), Is.EqualTo("SELECT TOP (1) Id FROM Businesses ORDER BY Id"));
    }

    [TestCase("kopi", "\"kopi\"")]
    [TestCase("kopi sidikalang", "\"kopi\" AND \"sidikalang\"")]
    [TestCase("say \"hi\"", "\"say\" AND \"\"\"hi\"\"\"")]
    [TestCase("ab kopi", "\"kopi\"")]
    public void SqliteSearch_QuotesEveryWordSoUserTextIsNeverFts5Syntax(string text, string expected) =>
        Assert.That(SqlDialect.Sqlite.PrepareSearch(text), Is.EqualTo(expected));

    [TestCase("Kopi", "%kopi%")]
    [TestCase("100%", "%100[%]%")]
    [TestCase("a_b[c", "%a[_]b[[]c%")]
    public void SqlServerSearch_EscapesLikeWildcards(string text, string expected) =>
        Assert.That(SqlDialect.SqlServer.PrepareSearch(text), Is.EqualTo(expected));

    [Test]
    public void ValuesOfJson_IsJsonEachOnSqlite_OpenJsonOnSqlServer()
    {
        Assert.That(SqlDialect.Sqlite.ValuesOfJson("@Nibs"), Is.EqualTo("SELECT value FROM json_each(@Nibs)"));
        var server = $"SELECT b.Id FROM Businesses b WHERE b.Nib IN ({SqlDialect.SqlServer.ValuesOfJson("@Nibs")})";
        Assert.That(server, Does.Contain("OPENJSON(@Nibs)"));
        Assert.That(TSql.Errors(server), Is.Empty);
        Assert.That(SqlDialect.JsonList(["9120301234567", "a\"b"]), Is.EqualTo("[\"9120301234567\",\"a\\u0022b\"]"));
    }

    [Test]
    public void BusinessListCount_WithTextOnly_SqliteCountsTheSearchIndex_SqlServerTheTable()
    {
        var (sqliteWhere, _) = ListBusinesses.Where(new ListBusinesses.Query(Q: "kopi"), SqlDialect.Sqlite);
        var (serverWhere, _) = ListBusinesses.Where(new ListBusinesses.Query(Q: "kopi"), SqlDialect.SqlServer);
        var (filtered, _) = ListBusinesses.Where(new ListBusinesses.Query(Q: "kopi", Scale: "micro"), SqlDialect.Sqlite);

        Assert.That(ListBusinesses.CountSql(sqliteWhere, SqlDialect.Sqlite), Is.EqualTo("SELECT COUNT(*) FROM BusinessSearch WHERE BusinessSearch MATCH @Search"));
        Assert.That(ListBusinesses.CountSql(serverWhere, SqlDialect.SqlServer), Is.EqualTo("SELECT COUNT(*) FROM Businesses b WHERE b.SearchText LIKE @Search"));
        Assert.That(TSql.Errors(ListBusinesses.CountSql(serverWhere, SqlDialect.SqlServer)), Is.Empty);
        Assert.That(ListBusinesses.CountSql(filtered, SqlDialect.Sqlite), Does.StartWith("SELECT COUNT(*) FROM Businesses b WHERE"));
    }

    [Test]
    public void BusinessList_WithEveryFilter_IsValidTSqlOnSqlServer()
    {
        var query = new ListBusinesses.Query(Page: 2, PageSize: 10, Sort: "-name", Q: "kopi", Kecamatan: "12.71.01",
            Scale: "micro", Sector: "food_beverage", Status: "active", EkatalogStatus: "listed");
        var (where, _) = ListBusinesses.Where(query, SqlDialect.SqlServer);
        var sql = $"{BusinessSql.Select}\n{where}\nORDER BY b.Name DESC, b.Id DESC\n{SqlDialect.SqlServer.Paging};";

        Assert.That(where, Does.Contain("SearchText LIKE @Search"));
        Assert.That(TSql.Errors(sql), Is.Empty);
    }

    [Test]
    public void BusinessList_OnSqlite_UsesTheFtsIndexNotLike()
    {
        var (where, args) = ListBusinesses.Where(new ListBusinesses.Query(Q: "kopi"), SqlDialect.Sqlite);
        Assert.That(where, Does.Contain("BusinessSearch MATCH @Search"));
        Assert.That(where, Does.Not.Contain("LIKE"));
        Assert.That(args.Get<string>("Search"), Is.EqualTo("\"kopi\""));
    }

    [Test]
    public void BusinessList_BuildsOnlyTheConditionsGiven()
    {
        var (none, _) = ListBusinesses.Where(new ListBusinesses.Query(), SqlDialect.Sqlite);
        var (one, _) = ListBusinesses.Where(new ListBusinesses.Query(Scale: "small"), SqlDialect.Sqlite);
        Assert.That(none, Is.Empty);
        Assert.That(one, Is.EqualTo("WHERE b.Scale = @Scale"));
        Assert.That(one, Does.Not.Contain(" is null"));
    }

    /// <summary>Every SQL constant in the API (handlers' raw literals) is valid T-SQL.</summary>
    [TestCaseSource(nameof(SqlConstants))]
    public void EverySqlConstant_ParsesAsTSql(string name, string sql) =>
        Assert.That(TSql.Errors(sql), Is.Empty, $"{name}:\n{sql}");

    /// <summary>Migration 164 writes its versions with SQL built per code: valid T-SQL for each.</summary>
    [Test]
    public void Migration164_AddVersionSql_ParsesAsTSql()
    {
        foreach (var a in MedanUmkm.Migrations.Migrations.M0164_RequirementLegalArticles.Articles)
            Assert.That(TSql.Errors(MedanUmkm.Migrations.Migrations.M0164_RequirementLegalArticles.SqlFor(a)), Is.Empty, a.Code);
    }

    public static IEnumerable<TestCaseData> SqlConstants() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (Name: $"{f.DeclaringType!.FullName}.{f.Name}", Sql: (string)f.GetRawConstantValue()!))
            .Where(x => Regex.IsMatch(x.Sql, @"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\s", RegexOptions.IgnoreCase))
            .Select(x => new TestCaseData(x.Name, x.Sql).SetName($"EverySqlConstant_ParsesAsTSql({x.Name})"));
}
