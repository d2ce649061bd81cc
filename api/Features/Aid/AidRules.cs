namespace MedanUmkm.Api.Features.Aid;

/// <summary>How an aid distribution's status may change: planned -> delivered, or planned -> cancelled; both are final.</summary>
public static class AidStatusFlow
{
    /// <summary>Only these moves; everything else is a 409 that names the allowed ones.</summary>
    public static readonly IReadOnlyDictionary<AidStatus, AidStatus[]> Allowed = new Dictionary<AidStatus, AidStatus[]>
    {
        [AidStatus.Planned] = [AidStatus.Delivered, AidStatus.Cancelled],
        [AidStatus.Delivered] = [],
        [AidStatus.Cancelled] = [],
    };

    /// <summary>The fields (wire names) of the handover record that aid still lacks before it can be marked delivered.</summary>
    /// <param name="handedOverOn">The handover date, if known.</param>
    /// <param name="handoverDocumentNumber">The handover record's number, if known.</param>
    public static IReadOnlyList<string> MissingForDelivery(DateOnly? handedOverOn, string? handoverDocumentNumber)
    {
        var missing = new List<string>();
        if (handedOverOn is null) missing.Add("handedOverOn");
        if (handoverDocumentNumber is null) missing.Add("handoverDocumentNumber");
        return missing;
    }
}
