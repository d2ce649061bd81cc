using MedanUmkm.Api.Tests.Infrastructure;

// In no namespace: once around the whole assembly.
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
