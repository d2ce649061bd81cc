using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Records planned aid to an active group; it becomes delivered through the status endpoint.</summary>
public static class RecordAidDistribution
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async (AidInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(body), ct);
                return TypedResults.Created($"/api/v1/aid-distributions/{created.Id}", created);
            })
        .WithName(nameof(RecordAidDistribution))
        .WithSummary("Plan aid to a group")
        .WithDescription("Aid goes to groups only. Starts as planned; the total is computed from the items. An inactive group is a 409.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(AidInput Body) : ICommand<AidResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new AidInputValidator(clock));
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, AidResponse>
    {
        private const string InsertSql = """
            INSERT INTO AidDistributions (GroupId, Programme, BudgetYear, TotalValueIdr, HandedOverOn, HandoverDocumentNumber,
                Status, Notes, CreatedAt, UpdatedAt, Version)
            VALUES (@GroupId, @Programme, @BudgetYear, @TotalValueIdr, @HandedOverOn, @HandoverDocumentNumber,
                'planned', @Notes, @Now, @Now, 1)
            """;

        public async ValueTask<AidResponse> Handle(Command command, CancellationToken ct)
        {
            var input = command.Body;
            var groupId = await AidSql.RequireActiveGroupAsync(db, input.GroupId, ct);
            var id = await db.InsertAsync(InsertSql, new
            {
                GroupId = groupId, Programme = input.Programme.Trim(), input.BudgetYear, TotalValueIdr = AidSql.Total(input.Items),
                input.HandedOverOn, HandoverDocumentNumber = Blank(input.HandoverDocumentNumber), Notes = Blank(input.Notes),
                Now = clock.GetUtcNow(),
            }, ct);
            await AidSql.WriteItemsAsync(db, id, input.Items, ct);
            var created = await AidSql.LoadAsync(db, id, ct);
            await audit.RecordAsync("aid_distribution", created.Id, "planned", null, created, ct);
            return created;
        }

        internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
