namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>Reason texts per reason code, Indonesian and English, with {param} placeholders.</summary>
public static class ReasonTexts
{
    private static readonly Dictionary<string, (string Id, string En)> Texts = new()
    {
        ["not_in_force"] = ("Aturan ini tidak berlaku pada tanggal ini.", "This rule is not in force on this date."),
        ["outside_scope"] = ("Aturan ini tidak berlaku untuk usaha ini.", "This rule does not apply to this business."),
        ["required_from"] = ("Wajib mulai {date}; belum dipenuhi.", "Required from {date}; not met yet."),
        ["nib_met"] = ("NIB {nib} adalah nomor 13 digit yang valid.", "NIB {nib} is a valid 13-digit number."),
        ["nib_invalid"] = ("NIB bukan nomor 13 digit yang valid.", "The NIB is not a valid 13-digit number."),
        ["npwp_met"] = ("NPWP usaha tercatat.", "The business's NPWP is recorded."),
        ["npwp_none"] = ("NPWP usaha belum tercatat.", "No NPWP (tax id) is recorded for the business."),
        ["business_active_met"] = ("Usaha aktif (dibina).", "The business is active (fostered)."),
        ["business_inactive"] = ("Usaha tidak aktif; aktifkan kembali.", "The business is inactive; reactivate it first."),
        ["kbli_none"] = ("Izin usaha tidak memiliki KBLI.", "The business licence has no KBLI code."),
        ["kbli_no_products"] = ("Usaha memiliki KBLI; belum ada produk aktif untuk dicocokkan.", "The business has KBLI codes; no active product to match yet."),
        ["kbli_met"] = ("Kategori setiap produk aktif tercakup KBLI usaha.", "Every active product's category is covered by a KBLI of the business."),
        ["kbli_unmatched"] = ("Tidak ada KBLI usaha yang mencakup: {categories}.", "No KBLI of the business covers: {categories}."),
        ["kswp_none"] = ("Belum ada konfirmasi status wajib pajak (KSWP).", "No tax status confirmation (KSWP) is recorded."),
        ["kswp_invalid"] = ("KSWP terakhir (diperiksa {checkedOn}) menyatakan status pajak tidak valid.", "The latest KSWP (checked {checkedOn}) says the tax status is invalid."),
        ["kswp_stale"] = ("KSWP diperiksa {checkedOn} hanya berlaku sampai batas SPT Tahunan {until}; periksa lagi.", "The KSWP checked on {checkedOn} counted until the annual return deadline {until}; check it again."),
        ["kswp_expiring"] = ("KSWP diperiksa {checkedOn} berlaku sampai {until} (batas SPT Tahunan); periksa lagi setelahnya.", "The KSWP checked on {checkedOn} is current until {until} (annual return deadline); check it again after."),
        ["kswp_met"] = ("KSWP valid diperiksa {checkedOn} (berlaku sampai {until}).", "Valid KSWP checked on {checkedOn} (current until {until})."),
        ["product_none"] = ("Usaha belum memiliki produk aktif.", "The business has no active product."),
        ["product_met"] = ("{count} produk aktif memiliki harga, foto dan deskripsi.", "{count} active product(s) have a price, a photo and a description."),
        ["product_incomplete"] = ("Tidak ada produk aktif yang lengkap (harga, foto, deskripsi): {products}.", "No active product has a price, a photo and a description: {products}."),
        ["no_food_products"] = ("Tidak ada produk pangan aktif.", "No active food products."),
        ["only_non_halal"] = ("Hanya produk non-halal (berlabel non-halal): {products}.", "Only non-halal products (labelled so): {products}."),
        ["halal_missing"] = ("Produk pangan tanpa sertifikat halal: {products}.", "Food products without a halal certificate: {products}."),
        ["halal_expired"] = ("Produk pangan dengan sertifikat halal kedaluwarsa: {expired}.", "Food products with an expired halal certificate: {expired}."),
        ["halal_expiring"] = ("Sertifikat halal {products} berakhir {until}; perbarui.", "The halal certificate of {products} expires on {until}; renew it."),
        ["halal_met"] = ("Setiap produk pangan aktif bersertifikat halal.", "Every active food product has a valid halal certificate."),
        ["pirt_bpom_met"] = ("Setiap produk pangan aktif memiliki nomor PIRT atau BPOM.", "Every active food product has a PIRT or BPOM number."),
        ["pirt_bpom_missing"] = ("Produk pangan tanpa nomor PIRT atau BPOM: {products}.", "Food products without a PIRT or BPOM number: {products}."),
        ["legal_form_none"] = ("Bentuk usaha belum tercatat.", "The legal form is not recorded."),
        ["legal_form_met"] = ("Bentuk usaha: {legalForm}.", "Legal form: {legalForm}."),
        ["deed_none"] = ("Badan usaha ({legalForm}) tanpa nomor dan tanggal akta pendirian.", "A legal entity ({legalForm}) without the deed's number and date."),
        ["deed_met"] = ("Akta pendirian {deedNumber} tanggal {deedDate}.", "Deed {deedNumber} of {deedDate}."),
        ["pkp_none"] = ("Status PKP atau non-PKP belum tercatat.", "PKP or non-PKP status is not recorded."),
        ["pkp_met"] = ("Status: {pkpStatus}.", "Status: {pkpStatus}."),
        ["inaproc_unverified"] = ("Akun INAPROC belum terverifikasi.", "No INAPROC account with identity verification."),
        ["inaproc_met"] = ("Akun INAPROC terverifikasi {verifiedOn}.", "INAPROC account verified on {verifiedOn}."),
        ["oss_unverified"] = ("NIB belum diperiksa di OSS (data sesuai).", "The NIB has not been checked in OSS (matching data)."),
        ["oss_met"] = ("NIB diperiksa di OSS {verifiedOn} oleh {verifiedBy}.", "NIB checked in OSS on {verifiedOn} by {verifiedBy}."),
        ["no_active_products"] = ("Tidak ada produk aktif.", "No active products."),
        ["category_open_met"] = ("Kategori setiap produk aktif dibuka di katalog lokal.", "Every active product's category is open in the local catalogue."),
        ["category_closed"] = ("Kategori belum dibuka di katalog lokal: {categories} ({products}).", "Categories not open in the local catalogue: {categories} ({products})."),
    };

    public static IReadOnlyCollection<string> Codes => Texts.Keys;

    public static string Render(string code, IReadOnlyDictionary<string, string> parameters, bool english)
    {
        var (id, en) = Texts.GetValueOrDefault(code, (code, code));
        var text = english ? en : id;
        foreach (var (key, value) in parameters) text = text.Replace("{" + key + "}", value);
        if (code == "required_from" && parameters.Count > 1)
        {
            var rest = parameters.Where(p => p.Key != "date").Select(p => p.Value);
            text += " (" + string.Join("; ", rest) + ")";
        }
        return text;
    }
}
