using FluentMigrator.Builders.Create.Table;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>Column types used across migrations, one definition for both engines.</summary>
public static class ColumnTypes
{
    /// <summary>
    /// A UTC timestamp: datetime2 on SQL Server, ISO text on SQLite. (FluentMigrator's SQLite
    /// generator has no DateTimeOffset type; the API always writes UTC and reads it back as
    /// a DateTimeOffset with offset +00:00.)
    /// </summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsUtcTimestamp(this ICreateTableColumnAsTypeSyntax column) =>
        column.AsDateTime2();
}
