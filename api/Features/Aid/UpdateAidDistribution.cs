using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Changes a planned distribution (If-Match). Delivered and cancelled ones are history and stay as they are.</summary>
public static class UpdateAidDistribution
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}", (string id, ExpectedVersion version, AidInput body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(AidSql.ParseId(id), version, body), ct))
        .WithName(nameof(UpdateAidDistribution))
        .WithSummary("Change planned aid (If-Match required)")
        .WithDescription("Delivered or cancelled aid is a 409.")
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(int Id, int ExpectedVersion, AidInput Body) : ICommand<AidResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new AidInputValidator(clock));
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, AidResponse>
    {
        private const string UpdateSql = """
            UPDATE AidDistributions SET GroupId = @GroupId, Programme = @Programme, BudgetYear = @BudgetYear,
                TotalValueIdr = @TotalValueIdr, HandedOverOn = @HandedOverOn, HandoverDocumentNumber = @HandoverDocumentNumber,
                Notes = @Notes, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<AidResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await AidSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Aid distribution", before.Id);
            if (before.Status != AidStatus.Planned)
                throw new ConflictException("aid_not_planned",
                    ServerTexts.Get("aid.not_planned", ("id", before.Id), ("status", new ServerTextRef("aid.status." + EnumText.Of(before.Status)))));
            var input = command.Body;
            var groupId = input.GroupId == before.GroupId ? int.Parse(before.GroupId, CultureInfo.InvariantCulture) : await AidSql.RequireActiveGroupAsync(db, input.GroupId, ct);
            var changed = await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, command.ExpectedVersion, GroupId = groupId, Programme = input.Programme.Trim(), input.BudgetYear,
                TotalValueIdr = AidSql.Total(input.Items), input.HandedOverOn,
                HandoverDocumentNumber = RecordAidDistribution.Handler.Blank(input.HandoverDocumentNumber),
                Notes = RecordAidDistribution.Handler.Blank(input.Notes), Now = clock.GetUtcNow(),
            }, ct);
            if (changed == 0) throw new PreconditionFailedException("Aid distribution", before.Id);
            await AidSql.WriteItemsAsync(db, command.Id, input.Items, ct);
            var after = await AidSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("aid_distribution", after.Id, "updated", before, after, ct);
            return after;
        }
    }
}
