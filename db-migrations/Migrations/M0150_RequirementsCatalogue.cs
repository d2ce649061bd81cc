using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Issue #16: the e-katalog checklist as data. <c>Requirements</c> holds one row per stable code
/// (its scope and checklist position); <c>RequirementVersions</c> the dated versions of each: texts in
/// Indonesian and English, legal basis, applicability, level, evidence and parameters. The version in
/// force on a date is the one with the latest <c>EffectiveFrom</c> on or before it (ties: the highest
/// version number); none in force when its <c>EffectiveTo</c> has passed. Versions are never changed,
/// only added, so history stays readable.
/// Also: the LKPP v6 onboarding facts of a business (legal form, deed, PKP, INAPROC, OSS check), the
/// product's food override, halal scheme and non-halal flag, and the categories open in the city's
/// local catalogue.
/// </summary>
[Migration(150, "Requirements catalogue with versions; business onboarding facts; product halal facts; open catalogue categories")]
public sealed class M0150_RequirementsCatalogue : Migration
{
    /// <summary>One seeded version (the first of its code unless <see cref="VersionNo"/> says otherwise).</summary>
    public sealed record Seed(
        string Code, string Scope, int Position, int VersionNo, string EffectiveFrom, string Level,
        string TitleId, string TitleEn, string NextStepId, string NextStepEn, string LegalBasis, string? LegalArticle,
        string Evidence, string? Sectors = null, string? ProductCategories = null, string? Scales = null,
        string? LegalForms = null, string? Parameters = null, string? Commodities = null, string? Destinations = null);

    private const string Lkpp = "Peraturan LKPP 9/2021 (Toko Daring dan Katalog Elektronik); Perpres 16/2018 jo. Perpres 46/2025";
    private const string Food = "|food_beverage|";

    public static readonly Seed[] Seeds =
    [
        new("nib", "ekatalog", 1, 1, "2021-06-02", "required",
            "NIB valid", "Valid NIB",
            "Daftarkan atau perbarui NIB 13 digit di OSS.", "Register or update the 13-digit NIB in OSS.",
            "PP 28/2025 (Perizinan Berusaha Berbasis Risiko); " + Lkpp, null, "|number|"),
        new("npwp", "ekatalog", 2, 1, "2021-06-02", "required",
            "NPWP tercatat", "NPWP recorded",
            "Catat NPWP usaha (16 digit).", "Record the business's NPWP (16 digits).",
            "UU 6/1983 (KUP) as amended", "art. 2", "|number|"),
        new("business_active", "ekatalog", 3, 1, "2021-06-02", "required",
            "Usaha aktif dibina", "Business active (fostered)",
            "Aktifkan kembali usaha ini.", "Reactivate the business.",
            "Dinas internal rule (fostered businesses only)", null, "|none|"),
        new("kbli", "ekatalog", 4, 1, "2021-06-02", "required",
            "KBLI sesuai kategori produk", "KBLI matching each product's category",
            "Tambahkan KBLI yang sesuai di OSS (produksi, perdagangan 46/47 dengan surat penunjukan, jasa makanan 56, percetakan 18).",
            "Add a matching KBLI in OSS (manufacturing, trade 46/47 with a letter of authority, food service 56, printing 18).",
            "Peraturan BPS 2/2020 (KBLI 2020), KBLI 2025; " + Lkpp, null, "|number|"),
        new("kswp", "ekatalog", 5, 1, "2021-06-02", "required",
            "Konfirmasi status wajib pajak (KSWP) berlaku", "Tax status confirmation (KSWP) current",
            "Periksa KSWP lagi setelah batas SPT Tahunan.", "Check the KSWP again after the annual return deadline.",
            "UU 6/1983 (KUP) as amended: annual return deadlines", "art. 3(3)(b),(c)", "|date|",
            Parameters: """{"individualDeadline":"03-31","entityDeadline":"04-30"}"""),
        new("product", "ekatalog", 6, 1, "2021-06-02", "required",
            "Produk aktif dengan harga, foto dan deskripsi", "An active product with price, photo and description",
            "Lengkapi harga, foto dan spesifikasi produk.", "Complete the product's price, photo and specification.",
            Lkpp, null, "|file|"),
        new("halal", "ekatalog", 7, 1, "2024-10-18", "required",
            "Sertifikat halal untuk produk pangan", "Halal certificate for food products",
            "Ajukan sertifikat halal ke BPJPH (usaha mikro dan kecil: jalur self declare gratis).",
            "Apply to BPJPH for a halal certificate (micro and small businesses: the free self-declare route).",
            "UU 33/2014 jo. UU 6/2023; PP 42/2024", "UU 33/2014 art. 4; UU 6/2023 art. 42 (no expiry); PP 42/2024 art. 160 (stages)",
            "|number|", ProductCategories: Food, Scales: "|medium|large|"),
        new("halal", "ekatalog", 7, 2, "2026-10-17", "required",
            "Sertifikat halal untuk produk pangan", "Halal certificate for food products",
            "Ajukan sertifikat halal ke BPJPH (usaha mikro dan kecil: jalur self declare gratis).",
            "Apply to BPJPH for a halal certificate (micro and small businesses: the free self-declare route).",
            "UU 33/2014 jo. UU 6/2023; PP 42/2024", "UU 33/2014 art. 4; UU 6/2023 art. 42 (no expiry); PP 42/2024 art. 160 (micro and small from 17 Oct 2026)",
            "|number|", ProductCategories: Food, Scales: "|micro|small|medium|large|"),
        new("pirt_bpom", "ekatalog", 8, 1, "2021-06-02", "required",
            "SPP-IRT (PIRT) atau izin edar BPOM untuk pangan", "PIRT or BPOM for food products",
            "Ajukan SPP-IRT di OSS atau izin edar BPOM.", "Apply for an SPP-IRT in OSS or a BPOM registration.",
            "Peraturan BPOM 22/2018 (SPP-IRT); PP 86/2019 (Keamanan Pangan)", null, "|number|", ProductCategories: Food),
        new("legal_form", "ekatalog", 9, 1, "2021-06-02", "required",
            "Bentuk usaha tercatat", "Legal form recorded",
            "Catat bentuk usaha: perorangan, CV, PT, PT perorangan atau koperasi.",
            "Record the legal form: perorangan, CV, PT, PT perorangan or koperasi.", Lkpp, null, "|none|"),
        new("deed", "ekatalog", 10, 1, "2021-06-02", "required",
            "Akta pendirian (badan usaha)", "Deed of establishment (legal entities)",
            "Catat nomor dan tanggal akta pendirian (atau pernyataan pendirian PT perorangan).",
            "Record the deed's number and date (or the founding statement of a PT perorangan).",
            "UU 40/2007 (PT) as amended; UU 25/1992 (Koperasi); Permenkumham 17/2018 (CV)", "UU 40/2007 art. 7, art. 153A",
            "|number|date|", LegalForms: "|cv|pt|pt_perorangan|koperasi|"),
        new("pkp_status", "ekatalog", 11, 1, "2021-06-02", "required",
            "Status PKP atau non-PKP", "PKP or non-PKP status",
            "Catat apakah usaha PKP atau non-PKP (surat pernyataan non-PKP).",
            "Record whether the business is PKP or not (non-PKP statement).",
            "UU 8/1983 (PPN) as amended; PMK 197/2013 (threshold Rp 4.8 bn)", "UU PPN art. 3A", "|file|"),
        new("inaproc_account", "ekatalog", 12, 1, "2024-01-01", "required",
            "Akun INAPROC terverifikasi", "INAPROC account with identity verification",
            "Daftarkan akun INAPROC dan selesaikan verifikasi identitas.", "Register an INAPROC account and complete identity verification.",
            Lkpp + "; Katalog Elektronik v6", null, "|date|"),
        new("oss_verified", "ekatalog", 13, 1, "2024-01-01", "required",
            "NIB terdaftar di OSS dengan data sesuai", "NIB registered in OSS with matching data",
            "Periksa NIB di OSS (data pemilik dan NIK sesuai) dan catat tanggal serta pemeriksanya.",
            "Check the NIB in OSS (owner and NIK match) and record the date and who checked.",
            Lkpp + "; Katalog Elektronik v6", null, "|date|"),
        new("category_open", "ekatalog", 14, 1, "2024-01-01", "required",
            "Kategori produk dibuka di katalog lokal", "Product category open in the local catalogue",
            "Tunggu pembukaan etalase kategori ini di katalog lokal Kota Medan, atau tawarkan produk lain.",
            "Wait until the city opens this category in its local catalogue, or offer another product.",
            Lkpp + "; Keputusan Kepala LKPP 122/2022", null, "|none|"),
        new("kur_nib", "loan", 1, 1, "2023-01-01", "required",
            "NIB atau izin usaha", "NIB or business licence",
            "Daftarkan NIB di OSS sebelum mengajukan KUR.", "Register a NIB in OSS before applying for KUR.",
            "Permenko Perekonomian 1/2023 (KUR)", null, "|number|"),
        new("kur_npwp", "loan", 2, 1, "2023-01-01", "advisory",
            "NPWP untuk KUR di atas Rp 50 juta", "NPWP for KUR above Rp 50 million",
            "Siapkan NPWP untuk plafon di atas Rp 50 juta.", "Have an NPWP for a ceiling above Rp 50 million.",
            "Permenko Perekonomian 1/2023 (KUR)", null, "|number|"),
    ];

    public override void Up()
    {
        Create.Table("Requirements")
            .WithColumn("Code").AsString(40).NotNullable().PrimaryKey("PK_Requirements")
            .WithColumn("Scope").AsString(20).NotNullable()
            .WithColumn("Position").AsInt32().NotNullable();
        Create.Index("IX_Requirements_Scope").OnTable("Requirements").OnColumn("Scope").Ascending().OnColumn("Position").Ascending();

        Create.Table("RequirementVersions")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_RequirementVersions").Identity()
            .WithColumn("Code").AsString(40).NotNullable().ForeignKey("FK_RequirementVersions_Requirements", "Requirements", "Code")
            .WithColumn("VersionNo").AsInt32().NotNullable()
            .WithColumn("EffectiveFrom").AsDate().NotNullable()
            .WithColumn("EffectiveTo").AsDate().Nullable()
            .WithColumn("Level").AsString(10).NotNullable()
            .WithColumn("TitleId").AsString(200).NotNullable()
            .WithColumn("TitleEn").AsString(200).NotNullable()
            .WithColumn("NextStepId").AsString(500).NotNullable()
            .WithColumn("NextStepEn").AsString(500).NotNullable()
            .WithColumn("LegalBasis").AsString(400).NotNullable()
            .WithColumn("LegalArticle").AsString(300).Nullable()
            .WithColumn("Evidence").AsString(60).NotNullable()
            .WithColumn("Sectors").AsString(200).Nullable()
            .WithColumn("ProductCategories").AsString(200).Nullable()
            .WithColumn("Scales").AsString(60).Nullable()
            .WithColumn("LegalForms").AsString(100).Nullable()
            .WithColumn("Commodities").AsString(200).Nullable()
            .WithColumn("Destinations").AsString(200).Nullable()
            .WithColumn("Parameters").AsString(1000).Nullable()
            .WithColumn("Note").AsString(1000).Nullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("CreatedByName").AsString(200).Nullable();
        Create.Index("UX_RequirementVersions_Code_Version").OnTable("RequirementVersions")
            .OnColumn("Code").Ascending().OnColumn("VersionNo").Ascending().WithOptions().Unique();

        const string seededAt = "2026-12-01 00:00:00"; // text both engines read back as UTC
        foreach (var s in Seeds.Where(s => s.VersionNo == 1))
            Insert.IntoTable("Requirements").Row(new { s.Code, s.Scope, s.Position });
        foreach (var s in Seeds)
            Insert.IntoTable("RequirementVersions").Row(new
            {
                s.Code, s.VersionNo, s.EffectiveFrom, s.Level, s.TitleId, s.TitleEn,
                s.NextStepId, s.NextStepEn, s.LegalBasis, s.LegalArticle, s.Evidence, s.Sectors, s.ProductCategories,
                s.Scales, s.LegalForms, s.Commodities, s.Destinations, s.Parameters, CreatedAt = seededAt,
                CreatedByName = "migration 150",
            });

        Create.Table("OpenCatalogCategories")
            .WithColumn("Category").AsString(30).NotNullable().PrimaryKey("PK_OpenCatalogCategories")
            .WithColumn("OpenedOn").AsDate().Nullable();
        foreach (var c in new[] { "food_beverage", "fashion", "craft", "furniture", "agriculture_produce", "cosmetics", "other" })
            Insert.IntoTable("OpenCatalogCategories").Row(new { Category = c, OpenedOn = "2024-01-01" });

        Alter.Table("Businesses")
            .AddColumn("LegalForm").AsString(15).Nullable()
            .AddColumn("PkpStatus").AsString(10).Nullable()
            .AddColumn("InaprocVerifiedOn").AsDate().Nullable()
            .AddColumn("OssVerifiedOn").AsDate().Nullable()
            .AddColumn("OssVerifiedBy").AsString(150).Nullable()
            .AddColumn("DeedNumber").AsString(60).Nullable()
            .AddColumn("DeedDate").AsDate().Nullable();
        // Every business so far was an individual's (the form had no legal form). The ones already
        // submitted or listed passed LKPP onboarding, so INAPROC, OSS and a non-PKP statement were
        // checked then; the day is unknown, FosteredSince stands in for it.
        Execute.Sql("UPDATE Businesses SET LegalForm = 'perorangan'");
        Execute.Sql("""
            UPDATE Businesses SET PkpStatus = 'non_pkp', InaprocVerifiedOn = FosteredSince, OssVerifiedOn = FosteredSince,
                OssVerifiedBy = 'migration 150 (listed before)'
            WHERE EkatalogStatus IN ('submitted', 'listed', 'delisted')
            """);

        // "halal@2026-10-17": requirements met now that a coming rule version will make missing (dashboard).
        Alter.Table("BusinessReadiness").AddColumn("UpcomingMissing").AsString(400).Nullable();

        Alter.Table("Products")
            .AddColumn("IsFoodOverride").AsBoolean().Nullable()
            .AddColumn("HalalScheme").AsString(12).Nullable()
            .AddColumn("IsNonHalal").AsBoolean().NotNullable().WithDefaultValue(false);
        // Food is decided by the category; a non-food category marked as food is an override. A
        // food_beverage product stored as "not food" came from the form's default (the bug of issue #16).
        Execute.Sql("UPDATE Products SET IsFoodOverride = 1 WHERE IsFood = 1 AND Category <> 'food_beverage'");
        Execute.Sql("UPDATE Products SET IsFood = 1 WHERE Category = 'food_beverage'");
        Execute.Sql("UPDATE Products SET HalalScheme = 'reguler' WHERE HalalCertificateNumber IS NOT NULL");
    }

    public override void Down()
    {
        Delete.Column("IsNonHalal").FromTable("Products");
        Delete.Column("HalalScheme").FromTable("Products");
        Delete.Column("IsFoodOverride").FromTable("Products");
        Delete.Column("UpcomingMissing").FromTable("BusinessReadiness");
        foreach (var c in new[] { "DeedDate", "DeedNumber", "OssVerifiedBy", "OssVerifiedOn", "InaprocVerifiedOn", "PkpStatus", "LegalForm" })
            Delete.Column(c).FromTable("Businesses");
        Delete.Table("OpenCatalogCategories");
        Delete.Table("RequirementVersions");
        Delete.Table("Requirements");
    }
}
