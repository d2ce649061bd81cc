using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests;

// In the root namespace that every test lives in: once around the whole assembly.
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public void DeleteTemplateDatabase()
    {
        ApiTest.DisposeIdleHosts();
        ApiFactory.DeleteTemplate();
    }
}
