using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Export assistance cases: the case, its document checklist (with uploaded files kept apart so
/// that lists never read blobs), and its timeline of stage moves, notes and document changes.
/// </summary>
[Migration(30, "Export assistance cases, documents, files and timeline")]
public sealed class M0030_ExportCases : Migration
{
    public override void Up()
    {
        Create.Table("ExportCases")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_ExportCases").Identity()
            .WithColumn("BusinessId").AsInt32().NotNullable().ForeignKey("FK_ExportCases_Businesses", "Businesses", "Id")
            .WithColumn("Commodity").AsString(30).NotNullable()
            .WithColumn("HsCode").AsString(8).NotNullable()
            .WithColumn("ProductDescription").AsString(300).NotNullable()
            .WithColumn("DestinationCountry").AsString(2).NotNullable()
            .WithColumn("Volume").AsDecimal(18, 3).NotNullable()
            .WithColumn("VolumeUnit").AsString(10).NotNullable()
            .WithColumn("EstimatedValueUsdCents").AsInt64().NotNullable()
            .WithColumn("EstimatedValueIdr").AsInt64().NotNullable()
            .WithColumn("AssignedOfficerId").AsInt32().NotNullable().ForeignKey("FK_ExportCases_Users", "Users", "Id")
            .WithColumn("Stage").AsString(30).NotNullable()
            .WithColumn("StageEnteredAt").AsUtcTimestamp().NotNullable()
            .WithColumn("OpenedOn").AsDate().NotNullable()
            .WithColumn("ClosedOn").AsDate().Nullable()
            .WithColumn("Outcome").AsString(10).Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        // Overdue filter: (Stage = s AND StageEnteredAt <= cutoff) per stage; reports group by stage.
        Create.Index("IX_ExportCases_Stage_Entered").OnTable("ExportCases")
            .OnColumn("Stage").Ascending().OnColumn("StageEnteredAt").Ascending();
        Create.Index("IX_ExportCases_Commodity_Stage").OnTable("ExportCases")
            .OnColumn("Commodity").Ascending().OnColumn("Stage").Ascending();
        Create.Index("IX_ExportCases_Business").OnTable("ExportCases").OnColumn("BusinessId");
        Create.Index("IX_ExportCases_Officer_Stage").OnTable("ExportCases")
            .OnColumn("AssignedOfficerId").Ascending().OnColumn("Stage").Ascending();
        Create.Index("IX_ExportCases_OpenedOn").OnTable("ExportCases").OnColumn("OpenedOn");

        Create.Table("ExportCaseDocuments")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_ExportCaseDocuments").Identity()
            .WithColumn("ExportCaseId").AsInt32().NotNullable()
                .ForeignKey("FK_ExportCaseDocuments_ExportCases", "ExportCases", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("DocumentType").AsString(40).NotNullable()
            .WithColumn("Status").AsString(10).NotNullable()
            .WithColumn("Number").AsString(100).Nullable()
            .WithColumn("IssuedOn").AsDate().Nullable()
            .WithColumn("ExpiresOn").AsDate().Nullable()
            .WithColumn("Note").AsString(500).Nullable()
            .WithColumn("FileName").AsString(200).Nullable()
            .WithColumn("FileContentType").AsString(50).Nullable()
            .WithColumn("FileSize").AsInt32().Nullable()
            .WithColumn("FileUploadedAt").AsUtcTimestamp().Nullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("UX_ExportCaseDocuments_Case_Type").OnTable("ExportCaseDocuments")
            .OnColumn("ExportCaseId").Ascending().OnColumn("DocumentType").Ascending().WithOptions().Unique();
        // ?expiringWithinDays: documents by expiry date.
        Create.Index("IX_ExportCaseDocuments_ExpiresOn").OnTable("ExportCaseDocuments")
            .OnColumn("ExpiresOn").Ascending().OnColumn("ExportCaseId").Ascending();

        Create.Table("ExportCaseDocumentFiles")
            .WithColumn("DocumentId").AsInt32().NotNullable().PrimaryKey("PK_ExportCaseDocumentFiles")
                .ForeignKey("FK_ExportCaseDocumentFiles_Documents", "ExportCaseDocuments", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Content").AsBinary(int.MaxValue).NotNullable();

        Create.Table("ExportCaseTimeline")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_ExportCaseTimeline").Identity()
            .WithColumn("ExportCaseId").AsInt32().NotNullable()
                .ForeignKey("FK_ExportCaseTimeline_ExportCases", "ExportCases", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("OccurredAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Kind").AsString(20).NotNullable()
            .WithColumn("FromStage").AsString(30).Nullable()
            .WithColumn("ToStage").AsString(30).Nullable()
            .WithColumn("DocumentType").AsString(40).Nullable()
            .WithColumn("Note").AsString(2000).Nullable()
            .WithColumn("ActorUserId").AsInt32().Nullable()
            .WithColumn("ActorName").AsString(200).Nullable();
        Create.Index("IX_ExportCaseTimeline_Case").OnTable("ExportCaseTimeline")
            .OnColumn("ExportCaseId").Ascending().OnColumn("Id").Ascending();
        // Reports: stage moves (durations per stage, shipments per quarter).
        Create.Index("IX_ExportCaseTimeline_Kind_ToStage").OnTable("ExportCaseTimeline")
            .OnColumn("Kind").Ascending().OnColumn("ToStage").Ascending().OnColumn("OccurredAt").Ascending();
    }

    public override void Down()
    {
        Delete.Table("ExportCaseTimeline");
        Delete.Table("ExportCaseDocumentFiles");
        Delete.Table("ExportCaseDocuments");
        Delete.Table("ExportCases");
    }
}
