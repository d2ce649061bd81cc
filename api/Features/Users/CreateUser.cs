using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Users;

/// <summary>An admin creates a staff account with an initial password that follows the password policy.</summary>
public static class CreateUser
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async ([FromBody] Command command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/users/{created.Id}", created);
            })
        .WithName(nameof(CreateUser))
        .WithSummary("Create a staff account")
        .WithDescription("Initial password: " + PasswordPolicy.Description + " A used e-mail is a 409.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.Admin);

    /// <param name="Email" example="petugas.baru@medanumkm.go.id">Sign-in e-mail; unique.</param>
    /// <param name="Name" example="Rahmat Hidayat">Display name.</param>
    /// <param name="Role" example="officer">admin, officer or viewer.</param>
    /// <param name="Password" example="Medan2026umkm">Initial password: at least 10 characters with letters and digits; not a common password, not containing the e-mail.</param>
    public sealed record Command(string Email, string Name, string Role, string Password) : ICommand<UserResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(200);
            RuleFor(c => c.Name).NotEmpty().Length(2, 150);
            RuleFor(c => c.Role).NotEmpty().Must(r => Roles.All.Contains(r))
                .WithText("must_be_one_of", ("allowed", Roles.All));
            RuleFor(c => c.Password).StrongPassword().NotContainingEmail(c => c.Email);
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
        : ICommandHandler<Command, UserResponse>
    {
        private const string EmailTakenSql = "SELECT Id FROM Users WHERE Email = @Email";
        private const string InsertSql = """
            INSERT INTO Users (Email, Name, Role, PasswordHash, IsActive, FailedLoginCount, SecurityStamp, CreatedAt, UpdatedAt, Version)
            VALUES (@Email, @Name, @Role, @PasswordHash, 1, 0, @SecurityStamp, @Now, @Now, 1)
            """;

        public async ValueTask<UserResponse> Handle(Command command, CancellationToken ct)
        {
            var email = command.Email.Trim().ToLowerInvariant();
            if (await db.QuerySingleOrDefaultAsync<int?>(EmailTakenSql, new { Email = email }, ct) is { } existing)
                throw new ConflictException("duplicate_email", ServerTexts.Get("duplicate_email", ("email", email), ("existingId", existing.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var now = clock.GetUtcNow();
            var id = await db.InsertAsync(InsertSql, new
            {
                Email = email,
                Name = command.Name.Trim(),
                command.Role,
                PasswordHash = hasher.HashPassword(new UserAccount(), command.Password),
                SecurityStamp = UserSql.NewStamp(),
                Now = now,
            }, ct);
            var created = (await UserSql.LoadAsync(db, id, ct)).ToResponse(now);
            await audit.RecordAsync("user", created.Id, "created", null, created, ct);
            return created;
        }
    }
}
