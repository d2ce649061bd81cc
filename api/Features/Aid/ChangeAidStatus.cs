using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>planned -> delivered (needs handover date and document number) or planned -> cancelled; If-Match.</summary>
public static class ChangeAidStatus
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/status", (string id, ExpectedVersion version, Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(AidSql.ParseId(id), version, body), ct))
        .WithName(nameof(ChangeAidStatus))
        .WithSummary("Mark aid delivered or cancelled (If-Match required)")
        .WithDescription("planned -> delivered | cancelled. delivered needs handedOverOn and handoverDocumentNumber " +
                         "(409 listing what is missing in 'missing'); any other move is a 409 listing the allowed ones.")
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="To" example="delivered">delivered or cancelled.</param>
    /// <param name="HandedOverOn" example="2026-03-12">Sets the handover date on the way (optional).</param>
    /// <param name="HandoverDocumentNumber" example="BAST/027/DKUKMPP/III/2026">Sets the document number on the way (optional).</param>
    public sealed record Body(AidStatus? To, DateOnly? HandedOverOn, string? HandoverDocumentNumber);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<AidResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.To).NotNull().IsInEnum().OverridePropertyName("to");
            RuleFor(c => c.Body.HandoverDocumentNumber).MaximumLength(100).OverridePropertyName("handoverDocumentNumber");
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, AidResponse>
    {
        private const string UpdateSql = """
            UPDATE AidDistributions SET Status = @Status, HandedOverOn = @HandedOverOn, HandoverDocumentNumber = @HandoverDocumentNumber,
                UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<AidResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await AidSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Aid distribution", before.Id);
            var to = command.Body.To!.Value;
            var allowed = AidStatusFlow.Allowed[before.Status];
            if (!allowed.Contains(to))
                throw new ConflictException("invalid_transition", allowed.Length == 0
                    ? ServerTexts.Get("aid.status_final", ("id", before.Id), ("status", new ServerTextRef("aid.status." + EnumText.Of(before.Status))))
                    : ServerTexts.Get("aid.invalid_transition", ("id", before.Id), ("status", new ServerTextRef("aid.status." + EnumText.Of(before.Status))),
                        ("allowed", allowed.Select(s => new ServerTextRef("aid.status." + EnumText.Of(s))).ToArray())))
                {
                    Extensions = { ["allowed"] = allowed.Select(EnumText.Of).ToArray() },
                };
            var handedOverOn = command.Body.HandedOverOn ?? before.HandedOverOn;
            var documentNumber = RecordAidDistribution.Handler.Blank(command.Body.HandoverDocumentNumber) ?? before.HandoverDocumentNumber;
            if (to == AidStatus.Delivered)
            {
                var missing = AidStatusFlow.MissingForDelivery(handedOverOn, documentNumber);
                if (missing.Count > 0)
                    throw new ConflictException("handover_incomplete",
                        ServerTexts.Get("aid.handover_incomplete", ("missing", missing)))
                    {
                        Extensions = { ["missing"] = missing.ToArray() },
                    };
                if (handedOverOn > OfficeTime.Today(clock))
                    throw new ConflictException("handover_in_future",
                        ServerTexts.Get("aid.handover_in_future", ("handedOverOn", handedOverOn)));
            }
            var changed = await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, command.ExpectedVersion, Status = EnumText.Of(to), HandedOverOn = handedOverOn,
                HandoverDocumentNumber = documentNumber, Now = clock.GetUtcNow(),
            }, ct);
            if (changed == 0) throw new PreconditionFailedException("Aid distribution", before.Id);
            var after = await AidSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("aid_distribution", after.Id, EnumText.Of(to), before, after, ct);
            if (after.Status == AidStatus.Delivered) audit.Events.Raise("aid.delivered", "aid_distribution", after.Id, new { aidDistributionId = after.Id, groupId = after.GroupId });
            return after;
        }
    }
}
