# The store server's scheduler on Windows (`returndesk serve`: the service
# desk's due checks, escalations, alert mails and follow-up calls with no
# screen open; docs/deploying.md): a task that starts when the machine
# starts, as the service account, and starts again if it stops. Run as an
# administrator:
#   powershell -ExecutionPolicy Bypass -File install-serve-task.ps1
param(
    [string]$Exe = "$env:ProgramFiles\ReturnDesk\returndesk.exe",
    [string]$User = "NT AUTHORITY\NETWORK SERVICE"
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path $Exe)) { throw "ReturnDesk is not installed at $Exe" }
$action = New-ScheduledTaskAction -Execute $Exe -Argument "serve"
$trigger = New-ScheduledTaskTrigger -AtStartup
$settings = New-ScheduledTaskSettingsSet -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -ExecutionTimeLimit ([TimeSpan]::Zero) -StartWhenAvailable
$principal = New-ScheduledTaskPrincipal -UserId $User -LogonType ServiceAccount -RunLevel Limited
Register-ScheduledTask -TaskName "ReturnDesk scheduler" -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Description "The service desk's due checks, escalations and alerts" -Force | Out-Null
Start-ScheduledTask -TaskName "ReturnDesk scheduler"
Write-Output "ReturnDesk scheduler: running"
