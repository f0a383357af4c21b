namespace Network.Api.Tests.Authorization;

/// <summary>The principals every operation is tried as.</summary>
public enum Principal
{
    Anonymous,
    ProfessionalA,
    ProfessionalB,
    CoordinatorA,
    CoordinatorB,
    System,
    Admin,
}
