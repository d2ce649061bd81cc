using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Notifications (issue #19): the transactional outbox of domain events, the webhook subscriptions of
/// integrators, the deliveries the dispatcher works through (webhook calls and e-mails, each with its
/// idempotency key, lease and every attempt), the owners' contact consent (UU 27/2022) and the daily
/// reminder runs.
/// </summary>
[Migration(200, "Notifications: outbox, webhook subscriptions, deliveries and attempts, contact consent, reminder runs")]
public sealed class M0200_Notifications : Migration
{
    public override void Up()
    {
        Create.Table("Outbox")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Outbox").Identity()
            .WithColumn("EventId").AsString(40).NotNullable()
            .WithColumn("Type").AsString(60).NotNullable()
            .WithColumn("SubjectType").AsString(40).NotNullable()
            .WithColumn("SubjectId").AsString(40).NotNullable()
            .WithColumn("Payload").AsString(int.MaxValue).NotNullable()
            .WithColumn("OccurredAt").AsUtcTimestamp().NotNullable();
        Create.Index("UX_Outbox_EventId").OnTable("Outbox").OnColumn("EventId").Unique();
        Create.Index("IX_Outbox_OccurredAt").OnTable("Outbox").OnColumn("OccurredAt");

        Create.Table("WebhookSubscriptions")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_WebhookSubscriptions").Identity()
            .WithColumn("Name").AsString(100).NotNullable()
            .WithColumn("Url").AsString(500).NotNullable()
            .WithColumn("EventTypes").AsString(1000).NotNullable()
            .WithColumn("Secret").AsString(100).NotNullable()
            .WithColumn("Active").AsBoolean().NotNullable()
            .WithColumn("ConsecutiveFailures").AsInt32().NotNullable()
            .WithColumn("DisabledAt").AsUtcTimestamp().Nullable()
            .WithColumn("DisabledReason").AsString(40).Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("CreatedByUserId").AsInt32().Nullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();

        Create.Table("Deliveries")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Deliveries").Identity()
            .WithColumn("DeliveryKey").AsString(120).NotNullable()
            .WithColumn("EventId").AsString(40).Nullable()
            .WithColumn("EventType").AsString(60).NotNullable()
            .WithColumn("Channel").AsString(20).NotNullable()
            .WithColumn("SubscriptionId").AsInt32().Nullable()
                .ForeignKey("FK_Deliveries_WebhookSubscriptions", "WebhookSubscriptions", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Recipient").AsString(254).Nullable()
            .WithColumn("Subject").AsString(300).Nullable()
            .WithColumn("Payload").AsString(int.MaxValue).NotNullable()
            .WithColumn("Status").AsString(20).NotNullable()
            .WithColumn("Attempts").AsInt32().NotNullable()
            .WithColumn("NextAttemptAt").AsUtcTimestamp().NotNullable()
            .WithColumn("GiveUpAt").AsUtcTimestamp().NotNullable()
            .WithColumn("ClaimToken").AsString(40).Nullable()
            .WithColumn("ClaimedUntil").AsUtcTimestamp().Nullable()
            .WithColumn("LastStatusCode").AsInt32().Nullable()
            .WithColumn("LastError").AsString(500).Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("CompletedAt").AsUtcTimestamp().Nullable();
        Create.Index("UX_Deliveries_DeliveryKey").OnTable("Deliveries").OnColumn("DeliveryKey").Unique();
        // The dispatcher's claim: pending rows by due time.
        Create.Index("IX_Deliveries_Status_Next").OnTable("Deliveries")
            .OnColumn("Status").Ascending().OnColumn("NextAttemptAt").Ascending();
        Create.Index("IX_Deliveries_Subscription").OnTable("Deliveries")
            .OnColumn("SubscriptionId").Ascending().OnColumn("Id").Descending();

        Create.Table("DeliveryAttempts")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_DeliveryAttempts").Identity()
            .WithColumn("DeliveryId").AsInt32().NotNullable()
                .ForeignKey("FK_DeliveryAttempts_Deliveries", "Deliveries", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Attempt").AsInt32().NotNullable()
            .WithColumn("AttemptedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("DurationMs").AsInt32().NotNullable()
            .WithColumn("StatusCode").AsInt32().Nullable()
            .WithColumn("Succeeded").AsBoolean().NotNullable()
            .WithColumn("Error").AsString(500).Nullable();
        Create.Index("IX_DeliveryAttempts_Delivery").OnTable("DeliveryAttempts").OnColumn("DeliveryId");

        Create.Table("ContactConsents")
            .WithColumn("BusinessId").AsInt32().NotNullable().PrimaryKey("PK_ContactConsents")
                .ForeignKey("FK_ContactConsents_Businesses", "Businesses", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Email").AsBoolean().NotNullable()
            .WithColumn("WhatsApp").AsBoolean().NotNullable()
            .WithColumn("ConsentedAt").AsUtcTimestamp().Nullable()
            .WithColumn("WithdrawnAt").AsUtcTimestamp().Nullable()
            .WithColumn("WithdrawnVia").AsString(20).Nullable()
            .WithColumn("UnsubscribeToken").AsString(64).NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("UX_ContactConsents_Token").OnTable("ContactConsents").OnColumn("UnsubscribeToken").Unique();

        Create.Table("ReminderRuns")
            .WithColumn("Day").AsDate().NotNullable().PrimaryKey("PK_ReminderRuns")
            .WithColumn("RanAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Queued").AsInt32().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("ReminderRuns");
        Delete.Table("ContactConsents");
        Delete.Table("DeliveryAttempts");
        Delete.Table("Deliveries");
        Delete.Table("WebhookSubscriptions");
        Delete.Table("Outbox");
    }
}
