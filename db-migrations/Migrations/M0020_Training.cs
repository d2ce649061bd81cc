using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>Quarterly training programme: sessions and the businesses registered for them (with attendance).</summary>
[Migration(20, "Training: sessions, registrations, attendance")]
public sealed class M0020_Training : Migration
{
    public override void Up()
    {
        Create.Table("TrainingSessions")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_TrainingSessions").Identity()
            .WithColumn("Title").AsString(200).NotNullable()
            .WithColumn("Topic").AsString(30).NotNullable()
            .WithColumn("Description").AsString(2000).Nullable()
            .WithColumn("Trainer").AsString(150).NotNullable()
            .WithColumn("Venue").AsString(200).NotNullable()
            .WithColumn("KecamatanCode").AsString(8).NotNullable()
                .ForeignKey("FK_TrainingSessions_Kecamatan", "Kecamatan", "Code")
            .WithColumn("StartsAt").AsUtcTimestamp().NotNullable()
            .WithColumn("EndsAt").AsUtcTimestamp().NotNullable()
            // "2026-Q4": derived from the Asia/Jakarta start date when the session is written.
            .WithColumn("Quarter").AsString(7).NotNullable()
            .WithColumn("Capacity").AsInt32().NotNullable()
            .WithColumn("Status").AsString(10).NotNullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        // The list filters (quarter, status, topic, kecamatan) each with the default sort (start time).
        Create.Index("IX_TrainingSessions_StartsAt").OnTable("TrainingSessions").OnColumn("StartsAt");
        Create.Index("IX_TrainingSessions_Quarter_StartsAt").OnTable("TrainingSessions")
            .OnColumn("Quarter").Ascending().OnColumn("StartsAt").Ascending();
        Create.Index("IX_TrainingSessions_Status_StartsAt").OnTable("TrainingSessions")
            .OnColumn("Status").Ascending().OnColumn("StartsAt").Ascending();
        Create.Index("IX_TrainingSessions_Topic_StartsAt").OnTable("TrainingSessions")
            .OnColumn("Topic").Ascending().OnColumn("StartsAt").Ascending();
        Create.Index("IX_TrainingSessions_Kecamatan_StartsAt").OnTable("TrainingSessions")
            .OnColumn("KecamatanCode").Ascending().OnColumn("StartsAt").Ascending();

        Create.Table("TrainingRegistrations")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_TrainingRegistrations").Identity()
            .WithColumn("SessionId").AsInt32().NotNullable()
                .ForeignKey("FK_TrainingRegistrations_Sessions", "TrainingSessions", "Id")
            .WithColumn("BusinessId").AsInt32().NotNullable()
                .ForeignKey("FK_TrainingRegistrations_Businesses", "Businesses", "Id")
            // confirmed, waitlisted or cancelled.
            .WithColumn("Status").AsString(10).NotNullable()
            // Order on the waitlist (1, 2, ... per session, never reused); null when not waitlisted.
            .WithColumn("WaitlistSeq").AsInt32().Nullable()
            .WithColumn("Note").AsString(500).Nullable()
            // Null until attendance is recorded; then 1 attended, 0 absent.
            .WithColumn("Attended").AsBoolean().Nullable()
            .WithColumn("OutcomeNote").AsString(1000).Nullable()
            .WithColumn("AttendanceRecordedAt").AsUtcTimestamp().Nullable()
            .WithColumn("RegisteredAt").AsUtcTimestamp().NotNullable()
            .WithColumn("CancelledAt").AsUtcTimestamp().Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        // One seat per business and session (a cancelled registration is reactivated, not duplicated).
        Create.Index("UX_TrainingRegistrations_Session_Business").OnTable("TrainingRegistrations")
            .OnColumn("SessionId").Ascending().OnColumn("BusinessId").Ascending().WithOptions().Unique();
        // Seat counts and the waitlist order of a session.
        Create.Index("IX_TrainingRegistrations_Session_Status").OnTable("TrainingRegistrations")
            .OnColumn("SessionId").Ascending().OnColumn("Status").Ascending().OnColumn("WaitlistSeq").Ascending();
        // A business's history and the "untrained" report (attended sessions per business).
        Create.Index("IX_TrainingRegistrations_Business").OnTable("TrainingRegistrations")
            .OnColumn("BusinessId").Ascending().OnColumn("Attended").Ascending().OnColumn("SessionId").Ascending();
    }

    public override void Down()
    {
        Delete.Table("TrainingRegistrations");
        Delete.Table("TrainingSessions");
    }
}
