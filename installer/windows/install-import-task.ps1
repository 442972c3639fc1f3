# The POS feed on Windows: a scheduled task that starts `returndesk import
# watch` when the machine starts, as the service account, and starts it
# again if it stops (docs/importing.md). Run as an administrator:
#   powershell -ExecutionPolicy Bypass -File install-import-task.ps1 -Folder D:\POS\export
param(
    [Parameter(Mandatory = $true)][string]$Folder,
    [string]$Exe = "$env:ProgramFiles\ReturnDesk\returndesk.exe",
    [string]$User = "NT AUTHORITY\NETWORK SERVICE"
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path $Exe)) { throw "ReturnDesk is not installed at $Exe" }
New-Item -ItemType Directory -Force -Path $Folder, "$Folder\done", "$Folder\failed" | Out-Null
$action = New-ScheduledTaskAction -Execute $Exe -Argument "import watch `"$Folder`""
$trigger = New-ScheduledTaskTrigger -AtStartup
$settings = New-ScheduledTaskSettingsSet -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -ExecutionTimeLimit ([TimeSpan]::Zero) -StartWhenAvailable
$principal = New-ScheduledTaskPrincipal -UserId $User -LogonType ServiceAccount -RunLevel Limited
Register-ScheduledTask -TaskName "ReturnDesk POS import" -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Description "Imports the POS's sales as they arrive in $Folder" -Force | Out-Null
Start-ScheduledTask -TaskName "ReturnDesk POS import"
Write-Output "ReturnDesk POS import: watching $Folder"
