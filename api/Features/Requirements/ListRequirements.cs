using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>The requirements of a scope with the version in force today and the coming ones.</summary>
public static class ListRequirements
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListRequirements))
        .WithSummary("Requirements of a scope (ekatalog, export, loan) with their legal basis and versions")
        .WithDescription("Each requirement's version in force today, the coming versions and the whole history. scope defaults to ekatalog.")
        .RequireAuthorization(Policies.Authenticated);

    /// <param name="Scope" example="ekatalog">ekatalog (default), export or loan.</param>
    public sealed record Query(string? Scope = null) : IQuery<IReadOnlyList<RequirementResponse>>;

    public static readonly string[] Scopes = ["ekatalog", "export", "loan"];

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Scope).Must(s => Scopes.Contains(s)).When(q => q.Scope is not null)
            .WithMessage("scope must be one of: ekatalog, export, loan.");
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<RequirementResponse>>
    {
        public async ValueTask<IReadOnlyList<RequirementResponse>> Handle(Query query, CancellationToken ct)
        {
            var catalogue = await RequirementCatalogue.LoadAsync(db, query.Scope ?? RequirementScopes.Ekatalog, ct);
            var today = OfficeTime.Today(clock);
            return catalogue.Rows.GroupBy(r => r.Code)
                .Select(g => RequirementCatalogue.ToResponse(g.ToList(), today, withVersions: true))
                .OrderBy(r => r.Position).ToList();
        }
    }
}
