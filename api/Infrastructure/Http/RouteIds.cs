using System.Globalization;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>Ids in routes are opaque strings; ours are positive integers, anything else is simply not found.</summary>
public static class RouteIds
{
    public static int Parse(string id, string entity) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value : throw new NotFoundException(entity, id);
}
