using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>Deactivates (no longer fostered) or reactivates a business; needs If-Match.</summary>
public static class ChangeBusinessStatus
{
    public static void Map(RouteGroupBuilder group)
    {
        Map(group, "/{id}/deactivate", BusinessStatus.Inactive, "DeactivateBusiness", "Deactivate a business (If-Match required)");
        Map(group, "/{id}/reactivate", BusinessStatus.Active, "ReactivateBusiness", "Reactivate a business (If-Match required)");
    }

    private static void Map(RouteGroupBuilder group, string pattern, BusinessStatus status, string name, string summary) => group
        .MapPost(pattern, (string id, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(BusinessSql.ParseId(id), version, status), ct))
        .WithName(name)
        .WithSummary(summary)
        .RequireAuthorization(Policies.BusinessesWrite);

    public sealed record Command(int Id, int ExpectedVersion, BusinessStatus Status) : ICommand<BusinessResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, BusinessResponse>
    {
        private const string UpdateSql = """
            UPDATE Businesses SET Status = @Status, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<BusinessResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await BusinessSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Business", before.Id);
            if (before.Status == command.Status)
                throw new ConflictException($"already_{EnumText.Of(command.Status)}",
                    ServerTexts.Get($"business.already_{EnumText.Of(command.Status)}", ("id", before.Id)));
            var changed = await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, command.ExpectedVersion, Status = EnumText.Of(command.Status), Now = clock.GetUtcNow(),
            }, ct);
            if (changed == 0) throw new PreconditionFailedException("Business", before.Id);
            changes.Touch(command.Id);
            var after = await BusinessSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("business", after.Id, command.Status == BusinessStatus.Active ? "reactivated" : "deactivated", before, after, ct);
            audit.Events.Raise("business.changed", "business", after.Id, new { businessId = after.Id, status = EnumText.Of(after.Status) });
            return after;
        }
    }
}
