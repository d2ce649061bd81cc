using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Groups of businesses (the only recipients of equipment aid), aid distributions with their
/// items and handover document, and bank loan referrals (the office facilitates, it lends nothing).
/// </summary>
[Migration(40, "Groups, equipment aid to groups, bank loan referrals")]
public sealed class M0040_GroupsAidLoans : Migration
{
    public override void Up()
    {
        Create.Table("BusinessGroups")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_BusinessGroups").Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Kind").AsString(20).NotNullable()
            .WithColumn("KecamatanCode").AsString(8).NotNullable()
                .ForeignKey("FK_BusinessGroups_Kecamatan", "Kecamatan", "Code")
            .WithColumn("LeaderBusinessId").AsInt32().NotNullable()
                .ForeignKey("FK_BusinessGroups_Leader", "Businesses", "Id")
            .WithColumn("FormedOn").AsDate().NotNullable()
            .WithColumn("Status").AsString(10).NotNullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("IX_BusinessGroups_Name").OnTable("BusinessGroups").OnColumn("Name");
        Create.Index("IX_BusinessGroups_Kecamatan_Name").OnTable("BusinessGroups")
            .OnColumn("KecamatanCode").Ascending().OnColumn("Name").Ascending();
        Create.Index("IX_BusinessGroups_Kind_Name").OnTable("BusinessGroups")
            .OnColumn("Kind").Ascending().OnColumn("Name").Ascending();
        Create.Index("IX_BusinessGroups_Status_Name").OnTable("BusinessGroups")
            .OnColumn("Status").Ascending().OnColumn("Name").Ascending();

        Create.Table("BusinessGroupMembers")
            .WithColumn("GroupId").AsInt32().NotNullable().PrimaryKey("PK_BusinessGroupMembers")
                .ForeignKey("FK_BusinessGroupMembers_Groups", "BusinessGroups", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("BusinessId").AsInt32().NotNullable().PrimaryKey("PK_BusinessGroupMembers")
                .ForeignKey("FK_BusinessGroupMembers_Businesses", "Businesses", "Id")
            .WithColumn("JoinedAt").AsUtcTimestamp().NotNullable();
        // The business page and the beneficiary reports go from business to its groups.
        Create.Index("IX_BusinessGroupMembers_Business").OnTable("BusinessGroupMembers")
            .OnColumn("BusinessId").Ascending().OnColumn("GroupId").Ascending();

        Create.Table("AidDistributions")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_AidDistributions").Identity()
            .WithColumn("GroupId").AsInt32().NotNullable()
                .ForeignKey("FK_AidDistributions_Groups", "BusinessGroups", "Id")
            .WithColumn("Programme").AsString(100).NotNullable()
            .WithColumn("BudgetYear").AsInt32().NotNullable()
            .WithColumn("TotalValueIdr").AsInt64().NotNullable()
            .WithColumn("HandedOverOn").AsDate().Nullable()
            .WithColumn("HandoverDocumentNumber").AsString(100).Nullable()
            .WithColumn("Status").AsString(10).NotNullable()
            .WithColumn("Notes").AsString(1000).Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("IX_AidDistributions_Group").OnTable("AidDistributions")
            .OnColumn("GroupId").Ascending().OnColumn("Status").Ascending();
        Create.Index("IX_AidDistributions_Status_HandedOverOn").OnTable("AidDistributions")
            .OnColumn("Status").Ascending().OnColumn("HandedOverOn").Ascending();
        Create.Index("IX_AidDistributions_BudgetYear").OnTable("AidDistributions")
            .OnColumn("BudgetYear").Ascending().OnColumn("Programme").Ascending();

        Create.Table("AidItems")
            .WithColumn("AidDistributionId").AsInt32().NotNullable().PrimaryKey("PK_AidItems")
                .ForeignKey("FK_AidItems_AidDistributions", "AidDistributions", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Position").AsInt32().NotNullable().PrimaryKey("PK_AidItems")
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Quantity").AsInt32().NotNullable()
            .WithColumn("Unit").AsString(30).NotNullable()
            .WithColumn("UnitValueIdr").AsInt64().NotNullable();

        // The signed handover record (berita acara serah terima), kept beside its distribution.
        Create.Table("AidHandoverDocuments")
            .WithColumn("AidDistributionId").AsInt32().NotNullable().PrimaryKey("PK_AidHandoverDocuments")
                .ForeignKey("FK_AidHandoverDocuments_AidDistributions", "AidDistributions", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("FileName").AsString(200).NotNullable()
            .WithColumn("ContentType").AsString(50).NotNullable()
            .WithColumn("SizeBytes").AsInt32().NotNullable()
            .WithColumn("Content").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("UploadedAt").AsUtcTimestamp().NotNullable();

        Create.Table("LoanReferrals")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_LoanReferrals").Identity()
            .WithColumn("BusinessId").AsInt32().NotNullable()
                .ForeignKey("FK_LoanReferrals_Businesses", "Businesses", "Id")
            .WithColumn("Bank").AsString(20).NotNullable()
            .WithColumn("Product").AsString(20).NotNullable()
            .WithColumn("AmountRequestedIdr").AsInt64().NotNullable()
            .WithColumn("Purpose").AsString(500).NotNullable()
            .WithColumn("Status").AsString(10).NotNullable()
            .WithColumn("ReferredOn").AsDate().NotNullable()
            .WithColumn("SubmittedOn").AsDate().Nullable()
            .WithColumn("DecidedOn").AsDate().Nullable()
            .WithColumn("AmountApprovedIdr").AsInt64().Nullable()
            .WithColumn("DisbursedOn").AsDate().Nullable()
            .WithColumn("AmountDisbursedIdr").AsInt64().Nullable()
            .WithColumn("RejectionReason").AsString(500).Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("IX_LoanReferrals_Business").OnTable("LoanReferrals")
            .OnColumn("BusinessId").Ascending().OnColumn("ReferredOn").Descending();
        Create.Index("IX_LoanReferrals_Status_ReferredOn").OnTable("LoanReferrals")
            .OnColumn("Status").Ascending().OnColumn("ReferredOn").Ascending();
        Create.Index("IX_LoanReferrals_Bank_Product").OnTable("LoanReferrals")
            .OnColumn("Bank").Ascending().OnColumn("Product").Ascending();
        Create.Index("IX_LoanReferrals_ReferredOn").OnTable("LoanReferrals").OnColumn("ReferredOn");
        Create.Index("IX_LoanReferrals_DisbursedOn").OnTable("LoanReferrals").OnColumn("DisbursedOn");
    }

    public override void Down()
    {
        Delete.Table("LoanReferrals");
        Delete.Table("AidHandoverDocuments");
        Delete.Table("AidItems");
        Delete.Table("AidDistributions");
        Delete.Table("BusinessGroupMembers");
        Delete.Table("BusinessGroups");
    }
}
