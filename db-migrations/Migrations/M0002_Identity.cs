using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>Users, API keys for integrations, and the append-only audit trail.</summary>
[Migration(2, "Identity: users, API keys, audit events")]
public sealed class M0002_Identity : Migration
{
    public override void Up()
    {
        Create.Table("Users")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Users").Identity()
            .WithColumn("Email").AsString(200).NotNullable()
            .WithColumn("Name").AsString(150).NotNullable()
            .WithColumn("Role").AsString(10).NotNullable()
            .WithColumn("PasswordHash").AsString(500).NotNullable()
            .WithColumn("IsActive").AsBoolean().NotNullable()
            .WithColumn("FailedLoginCount").AsInt32().NotNullable()
            .WithColumn("LockoutEndAt").AsUtcTimestamp().Nullable()
            .WithColumn("SecurityStamp").AsString(64).NotNullable()
            .WithColumn("LastLoginAt").AsUtcTimestamp().Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("UX_Users_Email").OnTable("Users").OnColumn("Email").Unique();

        Create.Table("ApiKeys")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_ApiKeys").Identity()
            .WithColumn("Name").AsString(100).NotNullable()
            .WithColumn("Prefix").AsString(16).NotNullable()
            .WithColumn("KeyHash").AsString(64).NotNullable()
            .WithColumn("Scopes").AsString(300).NotNullable()
            .WithColumn("CreatedByUserId").AsInt32().NotNullable().ForeignKey("FK_ApiKeys_Users", "Users", "Id")
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("ExpiresAt").AsUtcTimestamp().Nullable()
            .WithColumn("RevokedAt").AsUtcTimestamp().Nullable()
            .WithColumn("LastUsedAt").AsUtcTimestamp().Nullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("UX_ApiKeys_Prefix").OnTable("ApiKeys").OnColumn("Prefix").Unique();

        Create.Table("AuditEvents")
            .WithColumn("Id").AsInt64().NotNullable().PrimaryKey("PK_AuditEvents").Identity()
            .WithColumn("OccurredAt").AsUtcTimestamp().NotNullable()
            .WithColumn("ActorType").AsString(10).NotNullable()
            .WithColumn("ActorId").AsString(40).Nullable()
            .WithColumn("ActorName").AsString(200).Nullable()
            .WithColumn("EntityType").AsString(50).NotNullable()
            .WithColumn("EntityId").AsString(40).NotNullable()
            .WithColumn("Action").AsString(50).NotNullable()
            .WithColumn("Changes").AsString(int.MaxValue).NotNullable()
            .WithColumn("TraceId").AsString(64).Nullable();
        Create.Index("IX_AuditEvents_Entity").OnTable("AuditEvents")
            .OnColumn("EntityType").Ascending().OnColumn("EntityId").Ascending().OnColumn("Id").Descending();
        Create.Index("IX_AuditEvents_Actor").OnTable("AuditEvents")
            .OnColumn("ActorType").Ascending().OnColumn("ActorId").Ascending().OnColumn("Id").Descending();
        Create.Index("IX_AuditEvents_OccurredAt").OnTable("AuditEvents").OnColumn("OccurredAt");

        // Append-only: the database itself refuses to change or remove an audit event.
        IfDatabase("SQLite").Execute.Sql("""
            CREATE TRIGGER AuditEvents_no_update BEFORE UPDATE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
            CREATE TRIGGER AuditEvents_no_delete BEFORE DELETE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
            """);
        // Through EXEC: CREATE TRIGGER must start its own batch, and the printed script is one batch.
        IfDatabase("SqlServer").Execute.Sql(
            "EXEC(N'CREATE TRIGGER AuditEvents_append_only ON AuditEvents INSTEAD OF UPDATE, DELETE AS " +
            "BEGIN THROW 50000, ''audit events are append-only'', 1; END;');");
    }

    public override void Down()
    {
        IfDatabase("SQLite").Execute.Sql("DROP TRIGGER IF EXISTS AuditEvents_no_update; DROP TRIGGER IF EXISTS AuditEvents_no_delete;");
        Delete.Table("AuditEvents");
        Delete.Table("ApiKeys");
        Delete.Table("Users");
    }
}
