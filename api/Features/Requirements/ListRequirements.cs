using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>The requirements of a scope with the version in force today and the coming ones.</summary>
public static class ListRequirements
{
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
            var catalogue = await RequirementCatalogue.LoadAsync(db, query.Scope ?? "ekatalog", ct);
            var today = OfficeTime.Today(clock);
            return catalogue.Rows.GroupBy(r => r.Code)
                .Select(g => Build(g.ToList(), today, withVersions: true))
                .OrderBy(r => r.Position).ToList();
        }
    }

    public static RequirementResponse Build(IReadOnlyList<RequirementVersionRow> versions, DateOnly today, bool withVersions) => new(
        versions[0].Code, versions[0].Scope, versions[0].Position,
        RequirementCatalogue.InForce(versions, today)?.ToResponse(),
        RequirementCatalogue.Upcoming(versions, today).Select(v => v.ToResponse()).ToList(),
        withVersions ? versions.OrderBy(v => v.VersionNo).Select(v => v.ToResponse()).ToList() : null);
}

/// <summary>One requirement with every version (history), oldest first.</summary>
public static class GetRequirement
{
    public sealed record Query(string Code) : IQuery<RequirementResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, RequirementResponse>
    {
        private const string Sql = RequirementCatalogue.SelectSql + "\nWHERE v.Code = @Code\nORDER BY v.VersionNo";

        public async ValueTask<RequirementResponse> Handle(Query query, CancellationToken ct)
        {
            var rows = (await db.QueryAsync<RequirementVersionRow>(Sql, new { query.Code }, ct)).ToList();
            if (rows.Count == 0) throw new NotFoundException("Requirement", query.Code);
            return ListRequirements.Build(rows, OfficeTime.Today(clock), withVersions: true);
        }
    }
}
