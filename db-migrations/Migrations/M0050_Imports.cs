using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Bulk import jobs: one row per uploaded file, its status and counts, and the first 1,000 row
/// errors of its report (JSON). The import itself writes into the registry tables in one
/// transaction that also marks the job succeeded, so a job left 'committing' means nothing landed.
/// </summary>
[Migration(50, "Import jobs")]
public sealed class M0050_Imports : Migration
{
    public override void Up()
    {
        Create.Table("ImportJobs")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_ImportJobs").Identity()
            .WithColumn("Kind").AsString(30).NotNullable()
            .WithColumn("FileName").AsString(255).NotNullable()
            .WithColumn("Format").AsString(4).NotNullable()
            .WithColumn("FileBytes").AsInt64().NotNullable()
            .WithColumn("DryRun").AsBoolean().NotNullable()
            .WithColumn("Status").AsString(12).NotNullable()
            .WithColumn("TotalRows").AsInt32().NotNullable()
            .WithColumn("ProcessedRows").AsInt32().NotNullable()
            .WithColumn("CreatedCount").AsInt32().NotNullable()
            .WithColumn("UpdatedCount").AsInt32().NotNullable()
            .WithColumn("UnchangedCount").AsInt32().NotNullable()
            .WithColumn("ErrorCount").AsInt32().NotNullable()
            .WithColumn("Errors").AsString(int.MaxValue).NotNullable()
            .WithColumn("IgnoredColumns").AsString(1000).Nullable()
            .WithColumn("Message").AsString(1000).Nullable()
            .WithColumn("ActorType").AsString(10).NotNullable()
            .WithColumn("ActorId").AsString(40).Nullable()
            .WithColumn("ActorName").AsString(200).Nullable()
            .WithColumn("ActorRole").AsString(10).Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("StartedAt").AsUtcTimestamp().Nullable()
            .WithColumn("FinishedAt").AsUtcTimestamp().Nullable()
            .WithColumn("Version").AsInt32().NotNullable();
        // Start-up recovery looks for jobs that did not finish.
        Create.Index("IX_ImportJobs_Status").OnTable("ImportJobs").OnColumn("Status");
        Create.Index("IX_ImportJobs_CreatedAt").OnTable("ImportJobs").OnColumn("CreatedAt");
    }

    public override void Down() => Delete.Table("ImportJobs");
}
