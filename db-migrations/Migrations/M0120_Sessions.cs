using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Browser sessions and sign-in back-off (issue #14).
/// <para><c>RefreshTokens</c>: the browser's rotating refresh tokens, stored as SHA-256 hashes. Every
/// token of one sign-in shares a <c>FamilyId</c>; a token presented again after it was rotated
/// revokes the whole family. <c>SecurityStamp</c> is the user's stamp at sign-in, so a disable, role
/// change or password change ends the family as it ends bearer tokens.</para>
/// <para><c>SignInFailures</c>: failed sign-ins per (e-mail as typed, client address). The back-off
/// delays further tries from that address for that e-mail only, so nobody can lock an account for
/// its owner, who signs in from another address. Unknown e-mails are kept the same way, so the
/// answers do not tell which accounts exist.</para>
/// </summary>
[Migration(120, "Sessions: refresh token families, sign-in back-off per account and address")]
public sealed class M0120_Sessions : Migration
{
    public override void Up()
    {
        Create.Table("RefreshTokens")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_RefreshTokens").Identity()
            .WithColumn("UserId").AsInt32().NotNullable().ForeignKey("FK_RefreshTokens_Users", "Users", "Id")
            .WithColumn("FamilyId").AsString(32).NotNullable()
            .WithColumn("TokenHash").AsString(64).NotNullable()
            .WithColumn("SecurityStamp").AsString(64).NotNullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("ExpiresAt").AsUtcTimestamp().NotNullable()
            .WithColumn("RotatedAt").AsUtcTimestamp().Nullable()
            .WithColumn("RevokedAt").AsUtcTimestamp().Nullable();
        Create.Index("UX_RefreshTokens_TokenHash").OnTable("RefreshTokens").OnColumn("TokenHash").Unique();
        Create.Index("IX_RefreshTokens_FamilyId").OnTable("RefreshTokens").OnColumn("FamilyId");
        Create.Index("IX_RefreshTokens_UserId").OnTable("RefreshTokens").OnColumn("UserId");

        Create.Table("SignInFailures")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_SignInFailures").Identity()
            .WithColumn("Email").AsString(200).NotNullable()
            .WithColumn("SourceAddress").AsString(64).NotNullable()
            .WithColumn("FailureCount").AsInt32().NotNullable()
            .WithColumn("LastFailureAt").AsUtcTimestamp().NotNullable()
            .WithColumn("BlockedUntil").AsUtcTimestamp().Nullable();
        Create.Index("UX_SignInFailures_Email_Source").OnTable("SignInFailures")
            .OnColumn("Email").Ascending().OnColumn("SourceAddress").Ascending().WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Table("SignInFailures");
        Delete.Table("RefreshTokens");
    }
}
