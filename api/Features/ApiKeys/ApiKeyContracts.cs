using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>An integration's API key, without its secret (shown once, at creation, and stored only as a hash).</summary>
/// <param name="Id" example="3">Key id.</param>
/// <param name="Name" example="SIDT-KUMKM sync">What the key is for.</param>
/// <param name="Prefix" example="a1b2c3d4e5f6">The public part of the key (mu_{prefix}_...), to recognise it.</param>
/// <param name="Scopes">The scopes the key holds.</param>
/// <param name="Status" example="active">active, expired or revoked.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="CreatedByUserId" example="1">Admin who created it.</param>
/// <param name="ExpiresAt">When the key stops working by itself (null: never).</param>
/// <param name="RevokedAt">When the key was revoked.</param>
/// <param name="LastUsedAt">Last use, recorded to the minute.</param>
/// <param name="Version" example="1">Version; also sent as the ETag.</param>
public sealed record ApiKeyResponse(
    string Id, string Name, string Prefix, [property: ApiKeyScopes] IReadOnlyList<string> Scopes, string Status, DateTimeOffset CreatedAt,
    string CreatedByUserId, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, int Version) : IVersioned;
