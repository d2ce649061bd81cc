using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Issue #17: export procedures as they are today. The export document checklist moves into the
/// requirements catalogue of migration 150 (scope <c>export</c>, codes <c>export.&lt;document type&gt;</c>):
/// each document a dated requirement version with its legal basis, applicability and evidence.
/// Applicability uses the catalogue's columns: <c>Commodities</c>, <c>Destinations</c> (ISO codes or the
/// groups EU, ASEAN, CN, KR, IN, AANZ, JP that the API expands), <c>Scales</c>; and <c>Parameters</c>:
/// <c>stage</c> (the stage that cannot be left without it), <c>documentType</c> (when two requirements fill one
/// document), <c>hsPrefixes</c>, <c>notDestinations</c>, <c>minValueUsd</c> (declared value strictly above),
/// <c>levyRatePercent</c>.
///
/// Sources checked (search of public pages, 8 Dec 2026) and what could not be checked:
/// - ETK abolished from 15 Nov 2021 by Permendag 19/2021 jo. 2/2022 (GAEKI, "Ketentuan Ekspor Kopi Baru
///   Tanpa ETK"): etk_coffee keeps its history with EffectiveTo 2021-11-14, so old cases keep the document,
///   marked as no longer required.
/// - Form ICO: required of ETK holders by Permendag 109/2018, which was revoked; whether Permendag
///   19/2021 still requires it was NOT verified, so it is advisory (shown, never blocks).
/// - Palm oil levy 10 % of the CPO reference price from 17 May 2025 (PMK 30/2025; Kontan, 15 May 2025).
///   Export duty per PMK 38/2024 is a USD amount per tonne by reference price column (Kemendag's monthly
///   Kepmendag on the CPO reference price); the column table itself is not copied here: the officer records
///   the rate used per shipment. Domestic supply obligation (DMO) status today was NOT verified; the existing
///   export approval (PE) item is kept as it was.
/// - DHE SDA: PP 8/2025 (in force 1 Mar 2025; BRI and Bisnis.com summaries): plantation, forestry, fisheries
///   and mining exports with a declaration value above USD 250,000 keep 100 % in a special account for 12 months.
/// - Rubber: Permendag 1/2026 (enacted 14 Jan 2026, in force 14 days later, 28 Jan 2026; Kemendag and
///   GAPKINDO SU): SIR only by producer-exporters holding TPP SIR; bales marked with SIR type, net weight,
///   TPP SIR code and producer; quality SNI 1903:2017.
/// - EUDR: Regulation (EU) 2023/1115 as amended by (EU) 2025/2650 of 19 Dec 2025 (OJ L 23.12.2025): large
///   and medium operators from 30 Dec 2026, micro and small from 30 Jun 2027 with a one-off simplified
///   declaration. The operator is the one placing on the EU market; the office maps the exporter's scale
///   (PP 7/2021) onto it, which is an approximation stated in the README.
/// - Certificates of origin: Form D (ATIGA), E (ACFTA; e-Form E since 15 Oct 2020), AK, AI, AANZ, IJEPA; RCEP
///   as the alternative form for its members; for the EU the REX statement on origin under the EU GSP (since
///   1 Jan 2020, Permendag 111/2018). The regulation on SKA issuance in force today was NOT verified.
/// - Fisheries (HS 03, 1604, 1605): health certificate from the quarantine agency (UU 21/2019); the EU catch
///   certificate (Reg. (EC) 1005/2008) is advisory (farmed fish are exempt).
/// </summary>
[Migration(180, "Export checklist in the requirements catalogue; shipment charges, TPP SIR and planned shipment on cases; EUDR plots; coded timeline")]
public sealed class M0180_ExportProcedures : Migration
{
    /// <summary>One seeded export requirement version.</summary>
    public sealed record Seed(
        string Type, int Position, int VersionNo, string EffectiveFrom, string? EffectiveTo, string Level, string Stage,
        string TitleId, string TitleEn, string NextStepId, string NextStepEn, string LegalBasis, string? LegalArticle,
        string Evidence, string? Commodities = null, string? Destinations = null, string? Scales = null, string? Extra = null,
        string? Code = null)
    {
        public string RequirementCode => Code ?? "export." + Type;

        public string Parameters =>
            "{\"stage\":\"" + Stage + "\",\"documentType\":\"" + Type + "\"" + (Extra is null ? "" : "," + Extra) + "}";
    }

    private const string Since = "2021-01-01";
    private const string Plantation = "|coffee|rubber|palm_oil|palm_oil_derivative|";
    private const string Palm = "|palm_oil|palm_oil_derivative|";
    private const string Eudr = "|coffee|rubber|palm_oil|palm_oil_derivative|";
    private const string Ska = "Permendag tentang ketentuan dan tata cara penerbitan SKA (Permendag 24/2018 and amendments; current text not verified)";

    public static readonly Seed[] Seeds =
    [
        new("nib_export_kbli", 1, 1, Since, null, "required", "legal_check",
            "NIB dengan KBLI perdagangan ekspor", "NIB with an export (trading) KBLI",
            "Perbarui NIB di OSS dengan KBLI ekspor.", "Update the NIB in OSS with an export KBLI.",
            "PP 28/2025 (Perizinan Berusaha Berbasis Risiko)", null, "|number|"),
        new("npwp", 2, 1, Since, null, "required", "legal_check",
            "NPWP", "NPWP tax registration", "Catat NPWP 16 digit.", "Record the 16-digit NPWP.",
            "UU 6/1983 (KUP) as amended", "art. 2", "|number|"),
        new("customs_access", 3, 1, Since, null, "required", "legal_check",
            "Registrasi kepabeanan", "Customs access registration",
            "Daftarkan akses kepabeanan di portal Bea Cukai.", "Register customs access on the customs portal.",
            "UU 10/1995 jo. UU 17/2006 (Kepabeanan)", null, "|number|"),
        new("etk_coffee", 4, 1, "2018-12-01", "2021-11-14", "required", "commodity_licence",
            "Eksportir Terdaftar Kopi (ETK)", "Registered coffee exporter (ETK)",
            "Tidak diperlukan lagi sejak 15 November 2021.", "No longer needed since 15 November 2021.",
            "Permendag 109/2018 jo. 80/2019 (revoked by Permendag 19/2021 jo. 2/2022)", null, "|number|expiry|", Commodities: "|coffee|"),
        new("tpp_sir", 5, 1, Since, null, "required", "commodity_licence",
            "Tanda Pengenal Produsen SIR (TPP SIR)", "SIR producer registration (TPP SIR)",
            "Ajukan TPP SIR di INATRADE.", "Apply for a TPP SIR in INATRADE.",
            "Permendag 21/2023 (amending Permendag 26/2021)", null, "|number|expiry|", Commodities: "|rubber|"),
        new("tpp_sir", 5, 2, "2026-01-28", null, "required", "commodity_licence",
            "Tanda Pengenal Produsen SIR (TPP SIR)", "SIR producer registration (TPP SIR)",
            "Ajukan TPP SIR di INATRADE; hanya eksportir produsen SIR.", "Apply for a TPP SIR in INATRADE; SIR producer-exporters only.",
            "Permendag 1/2026 (Ketentuan Karet Alam Spesifikasi Teknis yang akan Diekspor)", null, "|number|date|", Commodities: "|rubber|",
            Extra: "\"hsPrefixes\":\"400122\""),
        new("sppt_sni_1903", 6, 1, Since, null, "required", "commodity_licence",
            "SPPT-SNI 1903:2017 untuk SIR", "SNI 1903:2017 product certificate (SPPT-SNI) for SIR",
            "Ajukan SPPT-SNI ke lembaga sertifikasi produk.", "Apply to a product certification body for SPPT-SNI.",
            "SNI 1903:2017; Permendag 1/2026", null, "|number|expiry|", Commodities: "|rubber|"),
        new("pe_palm_oil", 7, 1, Since, null, "required", "commodity_licence",
            "Persetujuan Ekspor (PE) produk sawit", "Export approval (PE) for palm oil products",
            "Ajukan PE di INATRADE.", "Apply for the PE in INATRADE.",
            "Permendag on palm oil export approval (current text and DMO status not verified)", null, "|number|expiry|", Commodities: Palm),
        new("sales_contract", 8, 1, Since, null, "required", "buyer_contract",
            "Kontrak penjualan atau purchase order pembeli", "Sales contract or buyer's purchase order",
            "Unggah kontrak yang ditandatangani.", "Upload the signed contract.", "KUH Perdata art. 1320", null, "|file|"),
        new("phytosanitary", 9, 1, Since, null, "required", "certification",
            "Sertifikat fitosanitari", "Phytosanitary certificate",
            "Ajukan pemeriksaan ke Badan Karantina Indonesia.", "Request an inspection by the Indonesian Quarantine Agency.",
            "UU 21/2019 (Karantina Hewan, Ikan, dan Tumbuhan)", null, "|number|expiry|", Commodities: "|coffee|palm_oil|palm_oil_derivative|"),
        new("sir_quality_certificate", 10, 1, Since, null, "required", "certification",
            "Sertifikat mutu SIR (SNI 1903:2017)", "SIR quality certificate per SNI 1903:2017",
            "Ajukan uji mutu per lot.", "Have each lot tested.", "SNI 1903:2017; Permendag 1/2026", null, "|number|expiry|", Commodities: "|rubber|"),
        new("sir_bale_marking", 11, 1, "2026-01-28", null, "required", "certification",
            "Penandaan bandela SIR (kode TPP SIR, jenis, berat bersih, produsen)", "SIR bale marking (TPP SIR code, grade, net weight, producer)",
            "Unggah foto penandaan bandela atau pita polietilena.", "Upload a photo of the bale or polyethylene band marking.",
            "Permendag 1/2026", null, "|file|", Commodities: "|rubber|", Extra: "\"hsPrefixes\":\"400122\""),
        new("halal", 12, 1, Since, null, "required", "certification",
            "Sertifikat halal", "Halal certificate",
            "Ajukan sertifikat halal ke BPJPH.", "Apply to BPJPH for a halal certificate.",
            "UU 33/2014 jo. UU 6/2023; PP 42/2024", null, "|number|", Commodities: "|palm_oil_derivative|"),
        new("halal", 13, 1, Since, null, "required", "certification",
            "Sertifikat halal (kopi sangrai, ekstrak dan kopi instan)", "Halal certificate (roasted coffee, extracts and instant coffee)",
            "Ajukan sertifikat halal ke BPJPH.", "Apply to BPJPH for a halal certificate.",
            "UU 33/2014 jo. UU 6/2023; PP 42/2024", null, "|number|", Commodities: "|coffee|",
            Extra: "\"hsPrefixes\":\"09012|21011\"", Code: "export.halal_coffee"),
        new("fish_health_certificate", 14, 1, Since, null, "required", "certification",
            "Sertifikat kesehatan ikan dan produk perikanan", "Health certificate for fish and fishery products",
            "Ajukan sertifikat kesehatan ke Badan Karantina Indonesia.", "Apply to the Indonesian Quarantine Agency for the health certificate.",
            "UU 21/2019 (Karantina Hewan, Ikan, dan Tumbuhan)", null, "|number|", Commodities: "|fisheries|",
            Extra: "\"hsPrefixes\":\"03|1604|1605\""),
        new("catch_certificate", 15, 1, "2010-01-01", null, "advisory", "certification",
            "Catch certificate Uni Eropa (ikan tangkapan)", "EU catch certificate (wild-caught fish)",
            "Ajukan catch certificate untuk ikan hasil tangkapan; ikan budidaya dikecualikan.",
            "Apply for a catch certificate for wild-caught fish; farmed fish are exempt.",
            "Council Regulation (EC) 1005/2008 (IUU)", "art. 12", "|number|", Commodities: "|fisheries|", Destinations: "|EU|"),
        new("eudr_dds", 16, 1, "2026-12-30", null, "required", "customs",
            "Pernyataan uji tuntas EUDR (nomor referensi)", "EUDR due diligence statement (reference number)",
            "Lengkapi petak produksi lalu catat nomor referensi pernyataan dari sistem informasi UE.",
            "Complete the production plots, then record the statement's reference number from the EU information system.",
            "Regulation (EU) 2023/1115 as amended by (EU) 2025/2650", "art. 4, art. 9, art. 38", "|number|",
            Commodities: Eudr, Destinations: "|EU|", Scales: "|medium|large|"),
        new("eudr_simplified_declaration", 17, 1, "2027-06-30", null, "required", "customs",
            "Deklarasi sederhana EUDR (usaha mikro dan kecil)", "EUDR simplified declaration (micro and small)",
            "Lengkapi petak produksi lalu catat nomor deklarasi sederhana dari sistem informasi UE.",
            "Complete the production plots, then record the simplified declaration's number from the EU information system.",
            "Regulation (EU) 2023/1115 as amended by (EU) 2025/2650", "art. 4a, art. 38", "|number|",
            Commodities: Eudr, Destinations: "|EU|", Scales: "|micro|small|"),
        new("palm_export_levy", 18, 1, "2025-05-17", null, "required", "customs",
            "Pungutan ekspor sawit (BPDP)", "Palm oil export levy (BPDP)",
            "Catat harga referensi bulan ini, tarif dan bukti bayar pungutan.", "Record this month's reference price, the rate and the levy receipt.",
            "PMK 30/2025", null, "|number|", Commodities: Palm, Extra: "\"levyRatePercent\":\"10\""),
        new("palm_export_duty", 19, 1, "2024-05-31", null, "required", "customs",
            "Bea keluar sawit", "Palm oil export duty",
            "Catat tarif bea keluar sesuai kolom harga referensi dan bukti bayar.", "Record the duty for the reference price column and the receipt.",
            "PMK 38/2024; Kepmendag on the monthly CPO reference price", "Annex C", "|number|", Commodities: Palm),
        new("peb", 20, 1, Since, null, "required", "customs",
            "Pemberitahuan Ekspor Barang (PEB)", "Export declaration (PEB)", "Ajukan PEB melalui CEISA.", "Lodge the PEB in CEISA.",
            "UU 10/1995 jo. UU 17/2006 (Kepabeanan)", null, "|number|date|"),
        new("npe", 21, 1, Since, null, "required", "customs",
            "Nota Pelayanan Ekspor (NPE)", "Export release approval (NPE)", "Tunggu NPE dari kantor pabean.", "Wait for the customs office's NPE.",
            "UU 10/1995 jo. UU 17/2006 (Kepabeanan)", null, "|number|date|"),
        new("ska_form_d", 22, 1, Since, null, "required", "certificate_of_origin",
            "SKA Form D (ATIGA) atau Form RCEP", "Certificate of origin Form D (ATIGA) or Form RCEP",
            "Ajukan e-SKA ke IPSKA.", "Apply to an IPSKA for the e-SKA.", "ATIGA; RCEP; " + Ska, null, "|number|expiry|", Destinations: "|ASEAN|"),
        new("ska_form_e", 23, 1, "2026-12-01", null, "required", "certificate_of_origin",
            "SKA Form E (ACFTA) atau Form RCEP", "Certificate of origin Form E (ACFTA) or Form RCEP",
            "Ajukan e-SKA Form E ke IPSKA.", "Apply to an IPSKA for the e-Form E.", "ACFTA; RCEP; " + Ska, null, "|number|expiry|", Destinations: "|CN|"),
        new("ska_form_ak", 24, 1, "2026-12-01", null, "required", "certificate_of_origin",
            "SKA Form AK (AKFTA) atau Form RCEP", "Certificate of origin Form AK (AKFTA) or Form RCEP",
            "Ajukan e-SKA ke IPSKA.", "Apply to an IPSKA for the e-SKA.", "AKFTA; RCEP; " + Ska, null, "|number|expiry|", Destinations: "|KR|"),
        new("ska_form_ai", 25, 1, "2026-12-01", null, "required", "certificate_of_origin",
            "SKA Form AI (AIFTA)", "Certificate of origin Form AI (AIFTA)",
            "Ajukan e-SKA ke IPSKA.", "Apply to an IPSKA for the e-SKA.", "AIFTA; " + Ska, null, "|number|expiry|", Destinations: "|IN|"),
        new("ska_form_aanz", 26, 1, "2026-12-01", null, "required", "certificate_of_origin",
            "SKA Form AANZ (AANZFTA) atau Form RCEP", "Certificate of origin Form AANZ (AANZFTA) or Form RCEP",
            "Ajukan e-SKA ke IPSKA.", "Apply to an IPSKA for the e-SKA.", "AANZFTA; RCEP; " + Ska, null, "|number|expiry|", Destinations: "|AANZ|"),
        new("ska_form_ijepa", 27, 1, "2026-12-01", null, "required", "certificate_of_origin",
            "SKA Form IJEPA atau Form RCEP", "Certificate of origin Form IJEPA or Form RCEP",
            "Ajukan e-SKA ke IPSKA.", "Apply to an IPSKA for the e-SKA.", "IJEPA; RCEP; " + Ska, null, "|number|expiry|", Destinations: "|JP|"),
        new("rex_statement", 28, 1, "2026-12-01", null, "required", "certificate_of_origin",
            "Pernyataan asal REX (GSP Uni Eropa)", "REX statement on origin (EU GSP)",
            "Daftar sebagai eksportir terdaftar (REX) lalu cantumkan pernyataan asal di faktur.",
            "Register as a REX exporter and put the statement on origin on the invoice.",
            "Regulation (EU) 2015/2447 art. 92; Permendag 111/2018", null, "|number|", Destinations: "|EU|"),
        // Before issue #17 every destination outside ASEAN took the generic SKA: that version ends the day
        // before the agreement forms take effect in the catalogue, so old cases keep theirs, no longer required.
        new("ska", 29, 1, Since, "2026-11-30", "required", "certificate_of_origin",
            "SKA non-preferensi (e-SKA)", "Certificate of origin, non-preferential (e-SKA)",
            "Ajukan e-SKA ke IPSKA.", "Apply to an IPSKA for the e-SKA.", Ska, null, "|number|expiry|",
            Extra: "\"notDestinations\":\"ASEAN\""),
        new("ska", 29, 2, "2026-12-01", null, "required", "certificate_of_origin",
            "SKA non-preferensi (e-SKA)", "Certificate of origin, non-preferential (e-SKA)",
            "Ajukan e-SKA ke IPSKA.", "Apply to an IPSKA for the e-SKA.", Ska, null, "|number|expiry|",
            Extra: "\"notDestinations\":\"ASEAN|CN|KR|IN|AANZ|JP|EU\""),
        new("ico_certificate", 30, 1, Since, null, "advisory", "certificate_of_origin",
            "SKA Form ICO (kopi)", "ICO certificate of origin (Form ICO)",
            "Tanyakan ke IPSKA apakah Form ICO masih diminta pembeli atau negara tujuan.",
            "Ask the IPSKA whether the buyer or destination still asks for Form ICO.",
            "Permendag 109/2018 (revoked); status under Permendag 19/2021 not verified", null, "|number|", Commodities: "|coffee|"),
        new("dhe_special_account", 31, 1, "2025-03-01", null, "required", "post_export",
            "Penempatan DHE SDA 100% di rekening khusus selama 12 bulan", "Export proceeds (DHE SDA) 100% in a special account for 12 months",
            "Masukkan devisa hasil ekspor ke rekening khusus DHE SDA paling lambat akhir bulan ketiga setelah PEB.",
            "Place the export proceeds in the DHE SDA special account by the end of the third month after the PEB.",
            "PP 36/2023 jo. PP 8/2025", "art. 7", "|number|date|", Commodities: "|coffee|rubber|palm_oil|palm_oil_derivative|fisheries|",
            Extra: "\"minValueUsd\":\"250000\""),
        new("realisation_report", 32, 1, Since, null, "required", "post_export",
            "Laporan realisasi ekspor", "Export realisation report",
            "Unggah laporan realisasi ekspor.", "Upload the export realisation report.", "Dinas internal rule", null, "|file|"),
    ];

    public override void Up()
    {
        const string seededAt = "2026-12-08 00:00:00";
        foreach (var s in Seeds.Where(s => s.VersionNo == 1))
            Insert.IntoTable("Requirements").Row(new { Code = s.RequirementCode, Scope = "export", s.Position });
        foreach (var s in Seeds)
            Insert.IntoTable("RequirementVersions").Row(new
            {
                Code = s.RequirementCode, s.VersionNo, s.EffectiveFrom, s.EffectiveTo, s.Level, s.TitleId, s.TitleEn,
                s.NextStepId, s.NextStepEn, s.LegalBasis, s.LegalArticle, s.Evidence, s.Scales, s.Commodities, s.Destinations,
                s.Parameters, CreatedAt = seededAt, CreatedByName = "migration 180",
            });

        Alter.Table("ExportCases")
            .AddColumn("PlannedShipmentOn").AsDate().Nullable()
            .AddColumn("TppSirNumber").AsString(60).Nullable()
            .AddColumn("ReferenceMonth").AsString(7).Nullable()
            .AddColumn("ReferencePriceUsdPerTonne").AsDecimal(18, 2).Nullable()
            .AddColumn("LevyRatePercent").AsDecimal(9, 4).Nullable()
            .AddColumn("DutyUsdPerTonne").AsDecimal(18, 2).Nullable()
            .AddColumn("ExchangeRateIdrPerUsd").AsDecimal(18, 2).Nullable();

        Create.Table("ExportCasePlots")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_ExportCasePlots").Identity()
            .WithColumn("ExportCaseId").AsInt32().NotNullable()
                .ForeignKey("FK_ExportCasePlots_ExportCases", "ExportCases", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProducerName").AsString(200).NotNullable()
            .WithColumn("ProductionPlace").AsString(200).NotNullable()
            .WithColumn("CountryCode").AsString(2).NotNullable()
            .WithColumn("Region").AsString(200).NotNullable()
            .WithColumn("ProductionFrom").AsDate().NotNullable()
            .WithColumn("ProductionTo").AsDate().NotNullable()
            .WithColumn("GeometryType").AsString(10).NotNullable()
            .WithColumn("Geometry").AsString(int.MaxValue).NotNullable()
            .WithColumn("AreaHa").AsDecimal(18, 4).NotNullable()
            .WithColumn("CreatedAt").AsDateTime2().NotNullable()
            .WithColumn("UpdatedAt").AsDateTime2().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("IX_ExportCasePlots_Case").OnTable("ExportCasePlots").OnColumn("ExportCaseId").Ascending().OnColumn("Id").Ascending();

        // The timeline keeps codes: document status moves and a short detail (file or plot name);
        // the sentence is written at read time in the reader's language. Entries written before
        // keep their sentence in Note.
        Alter.Table("ExportCaseTimeline")
            .AddColumn("FromStatus").AsString(10).Nullable()
            .AddColumn("ToStatus").AsString(10).Nullable()
            .AddColumn("Detail").AsString(200).Nullable();
    }

    public override void Down()
    {
        foreach (var c in new[] { "Detail", "ToStatus", "FromStatus" }) Delete.Column(c).FromTable("ExportCaseTimeline");
        Delete.Table("ExportCasePlots");
        foreach (var c in new[] { "ExchangeRateIdrPerUsd", "DutyUsdPerTonne", "LevyRatePercent", "ReferencePriceUsdPerTonne", "ReferenceMonth", "TppSirNumber", "PlannedShipmentOn" })
            Delete.Column(c).FromTable("ExportCases");
        Execute.Sql("DELETE FROM RequirementVersions WHERE Code IN (SELECT Code FROM Requirements WHERE Scope = 'export')");
        Execute.Sql("DELETE FROM Requirements WHERE Scope = 'export'");
    }
}
