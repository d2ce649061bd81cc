using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>Revokes an API key: from the next request on it is refused (401). A revoked key stays listed.</summary>
public static class RevokeApiKey
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id}/revoke", (string id, ExpectedVersion version, ISender sender, CancellationToken ct) =>
                sender.Send(new Command(ApiKeySql.ParseId(id), version), ct))
            .WithName(nameof(RevokeApiKey))
            .WithSummary("Revoke an API key (If-Match required)")
            .RequireAuthorization(Policies.Admin);

        group.MapDelete("/{id}", async (string id, ExpectedVersion version, ISender sender, CancellationToken ct) =>
                {
                    await sender.Send(new Command(ApiKeySql.ParseId(id), version), ct);
                    return TypedResults.NoContent();
                })
            .WithName("DeleteApiKey")
            .WithSummary("Revoke an API key (If-Match required); the same as POST .../revoke")
            .WithDescription("The key stays listed as revoked, so that the audit trail keeps naming it.")
            .RequireAuthorization(Policies.Admin);
    }

    public sealed record Command(int Id, int ExpectedVersion) : ICommand<ApiKeyResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ApiKeyResponse>
    {
        private const string RevokeSql = """
            UPDATE ApiKeys SET RevokedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion AND RevokedAt IS NULL
            """;

        public async ValueTask<ApiKeyResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var before = await ApiKeySql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("API key", command.Id.ToString(CultureInfo.InvariantCulture));
            if (before.RevokedAt is not null)
                throw new ConflictException("already_revoked", ServerTexts.Get("already_revoked", ("id", command.Id.ToString(CultureInfo.InvariantCulture)), ("revokedAt", before.RevokedAt)));
            var changed = await db.ExecuteAsync(RevokeSql, new { command.Id, command.ExpectedVersion, Now = now }, ct);
            if (changed == 0) throw new PreconditionFailedException("API key", command.Id.ToString(CultureInfo.InvariantCulture));
            var after = (await ApiKeySql.LoadAsync(db, command.Id, ct)).ToResponse(now);
            await audit.RecordAsync("api_key", after.Id, "revoked", before.ToResponse(now), after, ct);
            return after;
        }
    }
}
