using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Users;

public sealed class CreateUserTests : ApiTest
{
    [Test]
    public async Task Create_WithValidInput_Returns201_AndTheUserCanSignInWithTheRole()
    {
        var email = UserTestData.Email();

        var response = await Admin.PostAsJsonAsync("/api/v1/users",
            new { email = email.ToUpperInvariant(), name = "Rahmat Hidayat", role = "officer", password = UserTestData.Password });

        var body = await Expect(response, HttpStatusCode.Created);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/users/{body.GetProperty("id").GetString()}"));
        Assert.That(body.GetProperty("email").GetString(), Is.EqualTo(email));
        Assert.That(body.GetProperty("role").GetString(), Is.EqualTo("officer"));
        Assert.That(body.GetProperty("isActive").GetBoolean(), Is.True);
        Assert.That(body.TryGetProperty("passwordHash", out _), Is.False);
        Assert.That(body.TryGetProperty("securityStamp", out _), Is.False);
        var token = await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.OK);
        Assert.That(token.GetProperty("user").GetProperty("role").GetString(), Is.EqualTo("officer"));
    }

    [TestCase("Short1")]
    [TestCase("onlyletterslonger")]
    [TestCase("12345678901")]
    public async Task Create_WithPasswordAgainstThePolicy_Returns400(string password)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/users",
            new { email = UserTestData.Email(), name = "Rahmat Hidayat", role = "viewer", password });

        await ExpectFieldError(response, "password");
    }

    [Test]
    public async Task Create_WhenEmailAlreadyExists_Returns409()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");

        var response = await Admin.PostAsJsonAsync("/api/v1/users",
            new { email, name = "Orang Lain", role = "viewer", password = UserTestData.Password });

        var problem = await Expect(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("duplicate_email"));
    }

    [Test]
    public async Task Create_WithUnknownRole_Returns400()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/users",
            new { email = UserTestData.Email(), name = "Rahmat Hidayat", role = "superuser", password = UserTestData.Password });

        await ExpectFieldError(response, "role");
    }

    [Test]
    public async Task Create_WithIdVersionActiveFlagOrStamp_Returns400_AndCreatesNobody()
    {
        var email = UserTestData.Email();
        var response = await Admin.PostAsJsonAsync("/api/v1/users", new
        {
            email, name = "Rahmat Hidayat", role = "viewer", password = UserTestData.Password,
            securityStamp = "fixed",
        });

        var problem = await ExpectFieldError(response, "securityStamp");
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("unknown_field"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Users WHERE Email = @email", new { email }), Is.EqualTo(0));
    }

    [Test]
    public async Task Create_AsOfficer_Returns403()
    {
        var response = await Officer.PostAsJsonAsync("/api/v1/users",
            new { email = UserTestData.Email(), name = "Penyusup", role = "admin", password = UserTestData.Password });

        await Expect(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Create_StoresTheAuditEventWithoutThePassword()
    {
        var (id, _, _) = await UserTestData.CreateUser(Admin, "viewer");

        var changes = await Factory.ScalarAsync<string>(
            "SELECT Changes FROM AuditEvents WHERE EntityType = 'user' AND EntityId = @Id AND Action = 'created'", new { Id = id });

        Assert.That(changes, Does.Contain("\"role\""));
        Assert.That(changes, Does.Not.Contain(UserTestData.Password));
    }
}
