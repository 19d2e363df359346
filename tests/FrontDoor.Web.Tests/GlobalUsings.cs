global using FrontDoor.Web.Tests.Infrastructure;
global using Microsoft.Extensions.DependencyInjection;
