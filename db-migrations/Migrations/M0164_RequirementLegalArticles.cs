using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Issue #16: every seeded rule names its legal article where one exists. Migration 150 left the
/// article empty for most LKPP onboarding checks and for PIRT/BPOM, and named only the PT articles
/// for the deed. Versions are never changed, so each of these codes gets a new version that copies
/// its latest one (same dates, scope, texts) with the article named; on the same EffectiveFrom the
/// higher version number is the one in force, so nothing else changes.
/// <list type="bullet">
/// <item>LKPP onboarding checks (NIB, KBLI, product, legal form, INAPROC account, OSS check, open
/// category): Peraturan LKPP 9/2021 art. 13(1)(d), which delegates the procedure of the electronic
/// catalogue (what a vendor and a product must show) to Keputusan Deputi Bidang Monitoring-Evaluasi
/// dan Pengembangan Sistem Informasi LKPP 11/2021 (Tata Cara Penyelenggaraan Katalog Elektronik).</item>
/// <item>PIRT/BPOM: UU 18/2012 (Pangan) art. 91(1): packaged processed food for retail needs a
/// distribution permit (izin edar; home-industry food: SPP-IRT).</item>
/// <item>Deed: besides UU 40/2007 art. 7 and 153A (PT, PT perorangan), UU 25/1992 art. 7(1)
/// (koperasi: deed of establishment with its articles) and KUHD art. 22 with art. 19 (CV: an authentic deed).</item>
/// </list>
/// Left without an article: business_active (the office's own rule, no regulation) and the KUR
/// rules kur_nib / kur_npwp (Permenko Perekonomian 1/2023: the article still has to be checked
/// against the regulation's text, which was not at hand).
/// </summary>
[Migration(164, "Requirements: the legal article of every seeded rule that has one (new versions)")]
public sealed class M0164_RequirementLegalArticles : Migration
{
    public const string LkppCatalogue =
        "Peraturan LKPP 9/2021 art. 13(1)(d); Keputusan Deputi Monev dan PSI LKPP 11/2021 (Tata Cara Penyelenggaraan Katalog Elektronik)";

    /// <summary>Code, the article to name, and the legal basis (null: keep the latest version's).</summary>
    public static readonly (string Code, string Article, string? LegalBasis)[] Articles =
    [
        ("nib", LkppCatalogue, null),
        ("kbli", LkppCatalogue, null),
        ("product", LkppCatalogue, null),
        ("pirt_bpom", "UU 18/2012 art. 91(1) (izin edar; SPP-IRT for home-industry food)",
            "UU 18/2012 (Pangan); PP 86/2019 (Keamanan Pangan); Peraturan BPOM 22/2018 (SPP-IRT)"),
        ("legal_form", LkppCatalogue, null),
        ("deed", "UU 40/2007 art. 7, art. 153A (PT, PT perorangan); UU 25/1992 art. 7(1) (koperasi); KUHD art. 19, 22 (CV)",
            "UU 40/2007 (PT) as amended; UU 25/1992 (Koperasi); KUHD; Permenkumham 17/2018 (CV)"),
        ("inaproc_account", LkppCatalogue, null),
        ("oss_verified", LkppCatalogue, null),
        ("category_open", LkppCatalogue, null),
    ];

    /// <summary>A copy of the code's latest version as the next version, with the article (and basis) named.</summary>
    public const string AddVersionSql = """
        INSERT INTO RequirementVersions (Code, VersionNo, EffectiveFrom, EffectiveTo, Level, TitleId, TitleEn, NextStepId, NextStepEn,
            LegalBasis, LegalArticle, Evidence, Sectors, ProductCategories, Scales, LegalForms, Commodities, Destinations, Parameters,
            Note, CreatedAt, CreatedByName)
        SELECT v.Code, v.VersionNo + 1, v.EffectiveFrom, v.EffectiveTo, v.Level, v.TitleId, v.TitleEn, v.NextStepId, v.NextStepEn,
            COALESCE({basis}, v.LegalBasis), {article}, v.Evidence, v.Sectors, v.ProductCategories, v.Scales, v.LegalForms,
            v.Commodities, v.Destinations, v.Parameters,
            'Pasal dasar hukum dicantumkan (migrasi 164); aturannya tidak berubah.', '2026-12-01 00:00:00', 'migration 164'
        FROM RequirementVersions v
        WHERE v.Code = {code} AND v.VersionNo = (SELECT MAX(m.VersionNo) FROM RequirementVersions m WHERE m.Code = {code})
        """;

    private static string Literal(string? text) => text is null ? "NULL" : "'" + text.Replace("'", "''") + "'";

    public static string SqlFor((string Code, string Article, string? LegalBasis) a) => AddVersionSql
        .Replace("{basis}", Literal(a.LegalBasis)).Replace("{article}", Literal(a.Article)).Replace("{code}", Literal(a.Code));

    public override void Up()
    {
        foreach (var a in Articles) Execute.Sql(SqlFor(a));
    }

    public override void Down()
    {
        Execute.Sql("DELETE FROM RequirementVersions WHERE CreatedByName = 'migration 164'");
    }
}
