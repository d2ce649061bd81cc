using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>Parses T-SQL offline (no server) so that the SQL Server path is checked on every run.</summary>
public static partial class TSql
{
    /// <summary>Parse errors of a script; empty when SQL Server would accept its syntax.</summary>
    public static IReadOnlyList<string> Errors(string sql)
    {
        // Dapper expands "IN @Ids" into "IN (@Ids1, @Ids2, ...)" before sending; parse the expanded form.
        var expanded = DapperList().Replace(sql, "IN (@$1)");
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(expanded), out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }

    [GeneratedRegex(@"IN\s+@(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex DapperList();
}
