using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>A business owner's contact consent (with ETag; version 0 when none was recorded).</summary>
public static class GetContactConsent
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/contact-consent", (string id, ISender sender, CancellationToken ct) =>
            sender.Send(new Query(RouteIds.Parse(id, "Business")), ct))
        .WithName(nameof(GetContactConsent))
        .WithSummary("Read a business owner's contact consent (e-mail, WhatsApp) with its dates")
        .RequireAuthorization(Policies.BusinessesRead);

    public sealed record Query(int BusinessId) : IQuery<ContactConsentResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, ContactConsentResponse>
    {
        public async ValueTask<ContactConsentResponse> Handle(Query query, CancellationToken ct) =>
            (await ContactConsentSql.LoadAsync(db, query.BusinessId, ct)).ToResponse();
    }
}
