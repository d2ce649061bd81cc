using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>
/// Creates an API key for an integration. The key is in this response only: the server keeps
/// its prefix and a SHA-256 hash, never the key itself.
/// </summary>
public static class CreateApiKey
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async ([FromBody] Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created($"/api/v1/api-keys/{created.ApiKey.Id}", created);
            })
        .WithName(nameof(CreateApiKey))
        .WithSummary("Create an API key; the key is shown in this response only")
        .WithDescription($"Scopes (any number): {string.Join(", ", Scopes.All)}; a write scope also reads its area. The server stores a hash, so a lost key cannot be shown again: revoke it and create another.")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Name" example="SIDT-KUMKM sync">What the key is for.</param>
    /// <param name="Scopes">One or more scopes; each opens the operations that list it in x-api-key-scopes.</param>
    /// <param name="ExpiresAt">Optional moment the key stops working; must be in the future.</param>
    public sealed record Command(string Name, [property: ApiKeyScopes] IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt) : ICommand<Response>;

    /// <param name="Key" example="mu_a1b2c3d4e5f6_Zm9vYmFy...">The key to send as X-Api-Key. Shown this once; store it safely.</param>
    /// <param name="ApiKey">The key's details.</param>
    public sealed record Response(string Key, ApiKeyResponse ApiKey) : IVersioned
    {
        /// <summary>The created key's version, sent as the ETag (not a field of the body).</summary>
        int IVersioned.Version => ApiKey.Version;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Name).NotEmpty().Length(2, 100);
            RuleFor(c => c.Scopes).NotEmpty().WithText("scopes_required")
                .MaxItems(Scopes.All.Length).WithText("scopes_repeated");
            RuleFor(c => c.Scopes).Must(s => s.Distinct().Count() == s.Count).WithText("scopes_repeated")
                .When(c => c.Scopes is not null);
            RuleForEach(c => c.Scopes).Must(s => Scopes.All.Contains(s))
                .WithText("scope_unknown", ("allowed", Scopes.All));
            RuleFor(c => c.ExpiresAt).GreaterThan(_ => clock.GetUtcNow()).When(c => c.ExpiresAt is not null)
                .WithText("must_be_in_future");
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Response>
    {
        private const string InsertSql = """
            INSERT INTO ApiKeys (Name, Prefix, KeyHash, Scopes, CreatedByUserId, CreatedAt, ExpiresAt, Version)
            VALUES (@Name, @Prefix, @KeyHash, @Scopes, @CreatedByUserId, @Now, @ExpiresAt, 1)
            """;

        public async ValueTask<Response> Handle(Command command, CancellationToken ct)
        {
            var userId = actor.UserId ?? throw new ForbiddenException(ServerTexts.Get("api_key_needs_admin"));
            var now = clock.GetUtcNow();
            var (key, prefix, hash) = ApiKeyFormat.Generate();
            var id = await db.InsertAsync(InsertSql, new
            {
                Name = command.Name.Trim(),
                Prefix = prefix,
                KeyHash = hash,
                // Stored in the canonical order of Scopes.All, space separated (what the key handler reads).
                Scopes = string.Join(' ', Scopes.All.Where(command.Scopes.Contains)),
                CreatedByUserId = userId,
                Now = now,
                ExpiresAt = command.ExpiresAt?.ToUniversalTime(),
            }, ct);
            var created = (await ApiKeySql.LoadAsync(db, id, ct)).ToResponse(now);
            await audit.RecordAsync("api_key", created.Id, "created", null, created, ct);
            return new Response(key, created);
        }
    }
}
