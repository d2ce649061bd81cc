using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// The e-katalog listing workflow: not_started -> preparing -> submitted -> listed, or
/// submitted -> rejected (with reason) -> preparing; listed -> delisted (with reason) -> preparing;
/// preparing -> not_started (the business stops preparing). Submitting needs a ready business.
/// </summary>
public static class EkatalogWorkflow
{
    public static readonly IReadOnlyDictionary<EkatalogStatus, EkatalogStatus[]> Allowed = new Dictionary<EkatalogStatus, EkatalogStatus[]>
    {
        [EkatalogStatus.NotStarted] = [EkatalogStatus.Preparing],
        [EkatalogStatus.Preparing] = [EkatalogStatus.Submitted, EkatalogStatus.NotStarted],
        [EkatalogStatus.Submitted] = [EkatalogStatus.Listed, EkatalogStatus.Rejected],
        [EkatalogStatus.Rejected] = [EkatalogStatus.Preparing],
        [EkatalogStatus.Listed] = [EkatalogStatus.Delisted],
        [EkatalogStatus.Delisted] = [EkatalogStatus.Preparing],
    };

    public static bool IsAllowed(EkatalogStatus from, EkatalogStatus to) => Allowed[from].Contains(to);

    /// <summary>Rejection and delisting must say why.</summary>
    public static bool NeedsReason(EkatalogStatus to) => to is EkatalogStatus.Rejected or EkatalogStatus.Delisted;
}
