using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// A commit job made from a dry run (POST /imports/{id}/commit) names that dry run in
/// <c>SourceJobId</c>; the dry run finds its commit through the index (one commit per dry run).
/// FluentMigrator's SQLite generator cannot add a foreign key to an existing table, while SQLite
/// itself can when the constraint comes with the new column, so SQLite gets that statement.
/// </summary>
[Migration(80, "Import jobs: a commit job links to the dry run it commits")]
public sealed class M0080_ImportJobLinks : Migration
{
    public override void Up()
    {
        IfDatabase("SQLite").Execute.Sql(
            "ALTER TABLE \"ImportJobs\" ADD COLUMN \"SourceJobId\" INTEGER NULL CONSTRAINT \"FK_ImportJobs_SourceJob\" REFERENCES \"ImportJobs\" (\"Id\");");
        IfDatabase("SqlServer").Alter.Table("ImportJobs")
            .AddColumn("SourceJobId").AsInt32().Nullable().ForeignKey("FK_ImportJobs_SourceJob", "ImportJobs", "Id");
        Create.Index("IX_ImportJobs_SourceJobId").OnTable("ImportJobs").OnColumn("SourceJobId");
    }

    public override void Down()
    {
        Delete.Index("IX_ImportJobs_SourceJobId").OnTable("ImportJobs");
        IfDatabase("SqlServer").Delete.ForeignKey("FK_ImportJobs_SourceJob").OnTable("ImportJobs");
        Delete.Column("SourceJobId").FromTable("ImportJobs");
    }
}
