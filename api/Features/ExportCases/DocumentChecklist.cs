using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>One document of the checklist: which stage needs it and for which cases.</summary>
public sealed record DocumentRequirement(string Type, string Name, ExportStage Stage, Func<Commodity, string, string, bool> AppliesTo);

/// <summary>
/// THE checklist: every document an export case can need, by stage, and the cases it applies to
/// (commodity, HS code digits, destination country). Document rows are created from it when a
/// case opens and kept in step when commodity, HS code or destination change.
/// </summary>
public static class DocumentChecklist
{
    private static bool All(Commodity c, string hs, string dest) => true;
    private static bool Is(Commodity c, params Commodity[] any) => any.Contains(c);

    public static readonly IReadOnlyList<DocumentRequirement> Requirements =
    [
        new("nib_export_kbli", "NIB with an export (trading) KBLI", ExportStage.LegalCheck, All),
        new("npwp", "NPWP tax registration", ExportStage.LegalCheck, All),
        new("customs_access", "Customs access registration (registrasi kepabeanan)", ExportStage.LegalCheck, All),

        new("etk_coffee", "Registered coffee exporter (ETK)", ExportStage.CommodityLicence, (c, _, _) => c == Commodity.Coffee),
        new("tpp_sir", "Registered SIR rubber processor-exporter (TPP SIR)", ExportStage.CommodityLicence, (c, _, _) => c == Commodity.Rubber),
        new("sppt_sni_1903", "SNI 1903:2017 product certificate (SPPT-SNI) for SIR", ExportStage.CommodityLicence, (c, _, _) => c == Commodity.Rubber),
        new("pe_palm_oil", "Export approval (PE) for palm oil products", ExportStage.CommodityLicence,
            (c, _, _) => Is(c, Commodity.PalmOil, Commodity.PalmOilDerivative)),

        new("sales_contract", "Sales contract or buyer's purchase order", ExportStage.BuyerContract, All),

        new("phytosanitary", "Phytosanitary certificate", ExportStage.Certification,
            (c, _, _) => Is(c, Commodity.Coffee, Commodity.PalmOil, Commodity.PalmOilDerivative)),
        new("sir_quality_certificate", "SIR quality certificate per SNI 1903:2017", ExportStage.Certification, (c, _, _) => c == Commodity.Rubber),
        // Halal where it applies: palm oil derivatives (food fats) and processed coffee
        // (roasted 0901.2x, extracts and instant coffee 2101.1x); not green coffee.
        new("halal", "Halal certificate", ExportStage.Certification,
            (c, hs, _) => c == Commodity.PalmOilDerivative || (c == Commodity.Coffee && (hs.StartsWith("09012", StringComparison.Ordinal) || hs.StartsWith("21011", StringComparison.Ordinal)))),

        new("peb", "Export declaration (PEB)", ExportStage.Customs, All),
        new("npe", "Export release approval (NPE)", ExportStage.Customs, All),

        new("ska_form_d", "Certificate of origin e-SKA Form D (ATIGA)", ExportStage.CertificateOfOrigin, (_, _, d) => Countries.AseanAtiga.Contains(d)),
        new("ska", "Certificate of origin (e-SKA)", ExportStage.CertificateOfOrigin, (_, _, d) => !Countries.AseanAtiga.Contains(d)),
        new("ico_certificate", "ICO certificate of origin (Form ICO)", ExportStage.CertificateOfOrigin, (c, _, _) => c == Commodity.Coffee),

        new("realisation_report", "Export realisation report", ExportStage.PostExport, All),
    ];

    public static readonly IReadOnlyDictionary<string, DocumentRequirement> ByType = Requirements.ToDictionary(r => r.Type);

    public static IReadOnlyList<DocumentRequirement> For(Commodity commodity, string hsCode, string destination) =>
        Requirements.Where(r => r.AppliesTo(commodity, hsCode, destination)).ToList();

    public static int Position(string type) => Requirements.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Type == type).i;
}

/// <summary>
/// HS headings each commodity is exported under (BTKI): coffee 0901 and extracts 2101; natural rubber
/// 4001; crude and refined palm oil 1511. Derivatives span many chapters and "other" anything, so
/// those two are not checked.
/// </summary>
public static class CommodityHs
{
    public static readonly IReadOnlyDictionary<Commodity, string[]> Headings = new Dictionary<Commodity, string[]>
    {
        [Commodity.Coffee] = ["0901", "2101"],
        [Commodity.Rubber] = ["4001"],
        [Commodity.PalmOil] = ["1511"],
    };

    public static bool Fits(Commodity commodity, string hsDigits) =>
        !Headings.TryGetValue(commodity, out var headings) || headings.Any(h => hsDigits.StartsWith(h, StringComparison.Ordinal));
}
