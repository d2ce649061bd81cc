using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using System.Text.Json;
using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Audit;

/// <summary>Pages through the append-only audit trail, newest first, filtered by entity, actor and time.</summary>
public static class ListAuditEvents
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListAuditEvents))
        .WithSummary("List audit events, newest first")
        .WithDescription("Filters: entityType, entityId, actorType, actorId, from (inclusive), to (exclusive). Every write of the API leaves one event, with the changed fields before and after; personal data is masked.")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-occurredAt">occurredAt (oldest first) or -occurredAt (newest first, the default).</param>
    /// <param name="EntityType" example="business">business, user, api_key, ...</param>
    /// <param name="EntityId" example="42">Id of the entity.</param>
    /// <param name="ActorType" example="user">user, api_key, anonymous or system.</param>
    /// <param name="ActorId" example="2">User or key id.</param>
    /// <param name="From">Events at or after this moment (ISO 8601 with offset).</param>
    /// <param name="To">Events before this moment (ISO 8601 with offset).</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? EntityType = null, string? EntityId = null,
        string? ActorType = null, string? ActorId = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
        : IQuery<PagedResponse<AuditEventResponse>>, IPagedQuery;

    /// <param name="Id" example="1017">Event id (increasing).</param>
    /// <param name="OccurredAt">When it happened (UTC).</param>
    /// <param name="ActorType" example="user">user, api_key, anonymous or system.</param>
    /// <param name="ActorId" example="2">User or key id.</param>
    /// <param name="ActorName" example="Siti Nurhaliza">Name at the time.</param>
    /// <param name="EntityType" example="business">Kind of entity changed.</param>
    /// <param name="EntityId" example="42">Its id.</param>
    /// <param name="Action" example="updated">What was done: a stable code (signed_in, updated, ...).</param>
    /// <param name="Changes">Changed fields: { "field": { "from": .., "to": .. } }; personal data shows as "***".</param>
    /// <param name="TraceId">Trace id of the request, to find it in the logs.</param>
    /// <param name="ActionText" example="Diubah">The action in the caller's language.</param>
    /// <param name="ActorText" example="Siti Nurhaliza">Who acted, as a person reads it: the name at the time, else the kind of actor in the caller's language ("Anonim", "Sistem").</param>
    /// <param name="EntityTypeText" example="Usaha">The kind of entity in the caller's language.</param>
    public sealed record AuditEventResponse(
        string Id, DateTimeOffset OccurredAt, string ActorType, string? ActorId, string? ActorName,
        string EntityType, string EntityId, string Action, JsonElement Changes, string? TraceId,
        string ActionText, string ActorText, string EntityTypeText);

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["occurredAt"] = "a.OccurredAt",
    };

    public static readonly string[] ActorTypes = ["user", "api_key", "anonymous", "system"];

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.EntityType).MaximumLength(50);
            RuleFor(q => q.EntityId).MaximumLength(40);
            RuleFor(q => q.ActorId).MaximumLength(40);
            RuleFor(q => q.ActorType).Must(t => ActorTypes.Contains(t)).When(q => q.ActorType is not null)
                .WithText("must_be_one_of", ("allowed", ActorTypes));
            RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
                .WithText("to_not_after_from");
        }
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public string ActorType { get; init; } = "";
        public string? ActorId { get; init; }
        public string? ActorName { get; init; }
        public string EntityType { get; init; } = "";
        public string EntityId { get; init; } = "";
        public string Action { get; init; } = "";
        public string Changes { get; init; } = "{}";
        public string? TraceId { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<AuditEventResponse>>
    {
        private const string Select = """
            SELECT a.Id, a.OccurredAt, a.ActorType, a.ActorId, a.ActorName, a.EntityType, a.EntityId, a.Action, a.Changes, a.TraceId
            FROM AuditEvents a
            """;

        public async ValueTask<PagedResponse<AuditEventResponse>> Handle(Query query, CancellationToken ct)
        {
            var conditions = new List<string>();
            var args = new DynamicParameters();
            void Add(object? value, string condition, string name)
            {
                if (value is null) return;
                conditions.Add(condition);
                args.Add(name, value);
            }
            Add(query.EntityType, "a.EntityType = @EntityType", "EntityType");
            Add(query.EntityId, "a.EntityId = @EntityId", "EntityId");
            Add(query.ActorType, "a.ActorType = @ActorType", "ActorType");
            Add(query.ActorId, "a.ActorId = @ActorId", "ActorId");
            // Stored as UTC (ISO text on SQLite): compare in UTC too.
            Add(query.From?.ToUniversalTime(), "a.OccurredAt >= @From", "From");
            Add(query.To?.ToUniversalTime(), "a.OccurredAt < @To", "To");
            var where = new StringBuilder();
            if (conditions.Count > 0) where.Append("WHERE ").AppendJoin(" AND ", conditions);
            var sql = $"{Select}\n{where}\n{query.OrderBy(SortColumns, "-occurredAt", "a.Id")}\n{db.Dialect.Paging};\nSELECT COUNT(*) FROM AuditEvents a {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<Row>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            var items = rows.Select(r => new AuditEventResponse(
                r.Id.ToString(CultureInfo.InvariantCulture), r.OccurredAt, r.ActorType, r.ActorId, r.ActorName, r.EntityType, r.EntityId, r.Action,
                JsonDocument.Parse(r.Changes).RootElement.Clone(), r.TraceId,
                AuditTexts.Action(r.Action), AuditTexts.Actor(r.ActorType, r.ActorName), AuditTexts.EntityType(r.EntityType))).ToList();
            return new PagedResponse<AuditEventResponse>(items, query.Page, query.PageSize, total);
        }
    }
}
