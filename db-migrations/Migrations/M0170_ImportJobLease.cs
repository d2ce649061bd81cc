using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// An import job's lease: until when the worker that claimed it counts as alive. The worker sets it
/// when it claims the job and extends it while it runs; start-up recovery (and the worker's periodic
/// sweep) fails only unfinished jobs whose lease has run out, so an instance that starts no longer
/// fails the job another live instance is running. Null: not claimed yet (a queued job's lease then
/// runs from CreatedAt), or a job from before this migration.
/// </summary>
[Migration(170, "Import jobs: a lease held by the worker running the job")]
public sealed class M0170_ImportJobLease : Migration
{
    public override void Up() =>
        Alter.Table("ImportJobs").AddColumn("LeaseUntil").AsDateTime2().Nullable();

    public override void Down() => Delete.Column("LeaseUntil").FromTable("ImportJobs");
}
