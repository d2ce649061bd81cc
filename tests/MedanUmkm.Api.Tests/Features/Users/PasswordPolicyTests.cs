using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Features.Users;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Users;

/// <summary>
/// Passwords on the common-passwords list, or containing the e-mail's name part, are refused
/// wherever a password is set: user creation, change-password and an admin's reset.
/// </summary>
public sealed class PasswordPolicyTests : ApiTest
{
    private static void AssertCode(JsonElement problem, string code) =>
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code), problem.ToString());

    private Task<HttpResponseMessage> Create(string email, string password) =>
        Admin.PostAsJsonAsync("/api/v1/users", new { email, name = "Rahmat Hidayat", role = "officer", password });

    [TestCase("password12")]
    [TestCase("Password123")]
    [TestCase("qwerty12345")]
    [TestCase("1q2w3e4r5t")]
    public async Task CreateUser_WithACommonPassword_Returns400WithItsCode_AndCreatesNobody(string password)
    {
        var email = UserTestData.Email();

        var problem = await ExpectFieldError(await Create(email, password), "password");

        AssertCode(problem, PasswordPolicy.CommonCode);
        await Expect(await UserTestData.SignIn(Anonymous, email, password), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task CreateUser_WithAPasswordContainingTheEmailName_Returns400WithItsCode()
    {
        var email = $"rahmat.hidayat{TestData.Next()}@medanumkm.go.id";
        var local = email[..email.IndexOf('@')];

        var problem = await ExpectFieldError(await Create(email, local.ToUpperInvariant() + "x9"), "password");

        AssertCode(problem, PasswordPolicy.ContainsEmailCode);
    }

    [Test]
    public async Task CreateUser_WithAnUncommonPassword_Succeeds() =>
        await Expect(await Create(UserTestData.Email(), "Sungai Deli 2026 pagi"), HttpStatusCode.Created);

    private async Task<(string Email, HttpClient Client)> SignedIn()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");
        var token = (await Json(await UserTestData.SignIn(Anonymous, email, UserTestData.Password))).GetProperty("accessToken").GetString()!;
        return (email, Factory.WithToken(token));
    }

    [Test]
    public async Task ChangePassword_ToACommonPassword_Returns400_AndKeepsTheOldOne()
    {
        var (email, client) = await SignedIn();

        var problem = await ExpectFieldError(await client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = UserTestData.Password, newPassword = "password12" }), "newPassword");

        AssertCode(problem, PasswordPolicy.CommonCode);
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.OK);
    }

    [Test]
    public async Task ChangePassword_ToOneContainingTheEmail_Returns400_AndKeepsTheOldOne()
    {
        var (email, client) = await SignedIn();

        var problem = await ExpectFieldError(await client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = UserTestData.Password, newPassword = email + "1" }), "newPassword");

        AssertCode(problem, PasswordPolicy.ContainsEmailCode);
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.OK);
        await Expect(await UserTestData.SignIn(Anonymous, email, email + "1"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ResetPassword_ToACommonOrEmailPassword_Returns400()
    {
        var (id, email, etag) = await UserTestData.CreateUser(Admin, "viewer");
        var url = $"/api/v1/users/{id}/reset-password";

        AssertCode(await ExpectFieldError(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, url, etag, new { newPassword = "password12" })),
            "newPassword"), PasswordPolicy.CommonCode);
        var local = email[..email.IndexOf('@')];
        AssertCode(await ExpectFieldError(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, url, etag, new { newPassword = local + "2026x" })),
            "newPassword"), PasswordPolicy.ContainsEmailCode);
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.OK);
    }

    [TestCase("password12", true)]
    [TestCase("PASSWORD12", true)]
    [TestCase("Medan2026umkm", false)]
    public void IsCommon_ComparesCaseInsensitively(string password, bool common) =>
        Assert.That(PasswordPolicy.IsCommon(password), Is.EqualTo(common));
}
