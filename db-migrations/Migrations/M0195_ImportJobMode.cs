using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// How a commit treats invalid rows: <c>all_or_nothing</c> (the default, what every earlier job did:
/// any invalid row rolls the whole file back) or <c>valid_rows_only</c> (the officer chose to write
/// the valid rows and leave the invalid ones for the error spreadsheet). Null on earlier jobs reads
/// as all_or_nothing.
/// </summary>
[Migration(195, "Import jobs: commit mode (all_or_nothing or valid_rows_only)")]
public sealed class M0195_ImportJobMode : Migration
{
    public override void Up() => Alter.Table("ImportJobs").AddColumn("Mode").AsString(20).Nullable();

    public override void Down() => Delete.Column("Mode").FromTable("ImportJobs");
}
