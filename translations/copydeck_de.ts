<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountChanges</name>
    <message>
        <location filename="../app/accounts/AccountChanges.cpp" line="20"/>
        <source>The accounts were not saved; your changes are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/AccountChanges.cpp" line="40"/>
        <source>The accounts were saved, but a secret no longer used stayed in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/accounts/AccountStore.cpp" line="153"/>
        <source>Copydeck could not write its settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/AccountStore.cpp" line="154"/>
        <source>Check that the file and its folder can be written by you, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/AccountStore.cpp" line="157"/>
        <source>Copydeck&apos;s settings file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/AccountStore.cpp" line="158"/>
        <source>Move it aside and add the accounts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/AccountStore.cpp" line="176"/>
        <location filename="../app/accounts/AccountStore.cpp" line="178"/>
        <source>The account was kept so that removing it again can finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsConnection</name>
    <message>
        <location filename="../app/providers/aws/AwsConnection.cpp" line="35"/>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsConnection.cpp" line="62"/>
        <source>No secret store is available to read the keys of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsConnection.cpp" line="243"/>
        <source>This copy was never accepted by AWS Backup, so there is nothing to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsCopyRules</name>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="66"/>
        <source>Choose the backup to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="69"/>
        <source>AWS Backup cannot copy continuous backups; choose one of the resource&apos;s snapshot backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="76"/>
        <source>The backup is %1; AWS Backup copies only completed backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="80"/>
        <source>The backup&apos;s vault name &quot;%1&quot; is not one AWS Backup accepts: 2 to 50 letters, digits, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="88"/>
        <source>Choose the vault to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="91"/>
        <source>&quot;%1&quot; is not a backup vault ARN (arn:aws:backup:&lt;region&gt;:&lt;12-digit account&gt;:backup-vault:&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="96"/>
        <source>The backup is already in this vault; choose another vault or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="103"/>
        <source>Enter the IAM role AWS Backup uses for the copy, e.g. arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="107"/>
        <source>&quot;%1&quot; is not an IAM role ARN: it must look like arn:aws:iam::&lt;12-digit account&gt;:role/&lt;name&gt;, with a name of 1 to 512 letters, digits or _+=,.@/-.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="120"/>
        <source>-1 keeps the copy forever only when both cold storage and deletion are -1; set both to -1, or give both a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="126"/>
        <source>The copy must be deleted after %1 to %2 days; %3 days is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="135"/>
        <source>The copy can move to cold storage after %1 to %2 days; %3 days is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCopyRules.cpp" line="142"/>
        <source>A backup must stay in cold storage for at least %1 days: with cold storage after %2 days, delete it after %3 days or more, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsCredentialResolver</name>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="101"/>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="103"/>
        <source>Create it with &quot;aws configure --profile %1&quot;, or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="137"/>
        <source>The AWS profile &quot;%1&quot; gets its credentials through %2, which Copydeck cannot use yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="140"/>
        <source>Use a profile with aws_access_key_id and aws_secret_access_key, or export temporary keys (&quot;aws configure export-credentials --profile %1 --format env&quot;) and use the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="147"/>
        <source>The AWS profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="149"/>
        <source>Add both to the profile in %1, or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="156"/>
        <source>profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="168"/>
        <source>Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="169"/>
        <source>Set both, or neither to use the profile in AWS_PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="173"/>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="190"/>
        <source>The access key id or the secret access key of &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="192"/>
        <source>Enter both in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="196"/>
        <source>the keys saved for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="204"/>
        <source>&quot;%1&quot; is not a way Copydeck knows to sign in to AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="205"/>
        <source>Choose access keys, a profile or the environment in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="240"/>
        <source>The AWS Backup endpoint &quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsCredentialResolver.cpp" line="242"/>
        <source>Correct the endpoint in the account&apos;s settings, AWS_ENDPOINT_URL_BACKUP or AWS_ENDPOINT_URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsErrorParser</name>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="178"/>
        <source>AWS is limiting how often this account may call AWS Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="179"/>
        <source>Copydeck retried for a while; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="182"/>
        <source>AWS Backup had a problem on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="183"/>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="186"/>
        <source>AWS did not accept the request&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="187"/>
        <source>Check the secret access key and the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="189"/>
        <source>The computer&apos;s clock is too far from AWS&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="190"/>
        <source>Set the computer&apos;s clock right (automatic time), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="192"/>
        <source>AWS does not recognise the access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="193"/>
        <source>Check the access key id, and that the key is still active in IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="195"/>
        <source>The temporary credentials have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="196"/>
        <source>Get new ones (for example with &quot;aws sso login&quot; or a new session token), then reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="199"/>
        <source>AWS did not find valid credentials in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="200"/>
        <source>Check the account&apos;s access keys and endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="202"/>
        <source>The credentials work, but are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="203"/>
        <source>Ask an AWS administrator to allow the action the message names (a copy needs backup:StartCopyJob, and iam:PassRole on the role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="206"/>
        <source>AWS Backup cannot find something the request names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="207"/>
        <source>Refresh the lists: the vault or backup may have been deleted, or may belong to another region or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="210"/>
        <source>A required value was missing from the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="211"/>
        <source>Fill in every field of the copy dialog and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="214"/>
        <source>An AWS Backup limit has been reached (for example, too many copy jobs at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="215"/>
        <source>Wait for running jobs to finish, or ask AWS to raise the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="217"/>
        <source>AWS Backup does not accept this lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="218"/>
        <source>Change the lifecycle so that the copy is kept 1 to 36500 days and deleted at least 90 days after it moves to cold storage, or keep it forever (-1 for both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="221"/>
        <source>AWS Backup cannot copy continuous backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="222"/>
        <source>Copy one of the resource&apos;s snapshot backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="224"/>
        <source>AWS Backup does not accept the IAM role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="225"/>
        <source>Enter the ARN of a role AWS Backup may assume, like arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="228"/>
        <source>AWS Backup copies only completed backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="229"/>
        <source>Wait until the backup has completed, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="231"/>
        <source>AWS Backup does not accept the request as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="232"/>
        <source>Correct what the message names and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="234"/>
        <source>AWS Backup cannot do this in the resource&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="235"/>
        <source>Wait for work already running on it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="238"/>
        <source>AWS Backup refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsErrorParser.cpp" line="239"/>
        <source>Read the cloud&apos;s message, correct the request and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsIniFile</name>
    <message>
        <location filename="../app/providers/aws/AwsIniFile.cpp" line="13"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsIniFile.cpp" line="14"/>
        <source>Correct the line (the AWS CLI reads the file the same way), then reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsIniFile.cpp" line="29"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsIniFile.cpp" line="30"/>
        <source>Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsIniFile.cpp" line="57"/>
        <source>a section header must look like [name].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsIniFile.cpp" line="83"/>
        <source>expected &quot;name = value&quot; or a [section] header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsIniFile.cpp" line="86"/>
        <source>a setting comes before the first [section] header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsJson</name>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="89"/>
        <source>AWS owned key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="120"/>
        <source>kept forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="123"/>
        <source>cold storage after 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="124"/>
        <source>cold storage after %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="126"/>
        <source>deleted after 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="127"/>
        <source>deleted after %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="129"/>
        <source>never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="160"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="161"/>
        <source>Vault ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="162"/>
        <source>Copied from vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="163"/>
        <source>IAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="165"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="167"/>
        <source>Moves to cold storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="169"/>
        <source>Status message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="170"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="172"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="174"/>
        <source>Encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="177"/>
        <source>Backup plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="178"/>
        <source>Backup rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="179"/>
        <source>Parent recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="182"/>
        <source>Composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="182"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="184"/>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="184"/>
        <source>yes (point-in-time recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="228"/>
        <source>AWS Backup sent an answer Copydeck could not read (%1 bytes; %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="231"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="274"/>
        <source>AWS Backup accepted the copy but sent no CopyJobId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsJson.cpp" line="292"/>
        <source>AWS Backup described the copy job without a CopyJob.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsProfileImporter</name>
    <message>
        <location filename="../app/providers/aws/AwsProfileImporter.cpp" line="116"/>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsProfileImporter.cpp" line="116"/>
        <source>AWS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsProfileImporter.cpp" line="120"/>
        <source>profile &quot;%1&quot; in %2, region %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsProfileImporter.cpp" line="123"/>
        <source>profile &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsProfileImporter.cpp" line="149"/>
        <source>AWS (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsProfileImporter.cpp" line="159"/>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsProvider</name>
    <message>
        <location filename="../app/providers/aws/AwsProvider.cpp" line="30"/>
        <source>AWS Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsRegions</name>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="14"/>
        <source>US East (N. Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="15"/>
        <source>US East (Ohio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="16"/>
        <source>US West (N. California)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="17"/>
        <source>US West (Oregon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="18"/>
        <source>Africa (Cape Town)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="19"/>
        <source>Asia Pacific (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="20"/>
        <source>Asia Pacific (Mumbai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="21"/>
        <source>Asia Pacific (Hyderabad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="22"/>
        <source>Asia Pacific (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="23"/>
        <source>Asia Pacific (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="24"/>
        <source>Asia Pacific (Osaka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="25"/>
        <source>Asia Pacific (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="26"/>
        <source>Asia Pacific (Sydney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="27"/>
        <source>Asia Pacific (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="28"/>
        <source>Asia Pacific (Melbourne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="29"/>
        <source>Canada (Central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="30"/>
        <source>Canada West (Calgary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="31"/>
        <source>Europe (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="32"/>
        <source>Europe (Zurich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="33"/>
        <source>Europe (Ireland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="34"/>
        <source>Europe (London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="35"/>
        <source>Europe (Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="36"/>
        <source>Europe (Milan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="37"/>
        <source>Europe (Spain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="38"/>
        <source>Europe (Stockholm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="39"/>
        <source>Israel (Tel Aviv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="40"/>
        <source>Middle East (Bahrain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="41"/>
        <source>Middle East (UAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/aws/AwsRegions.cpp" line="42"/>
        <source>South America (São Paulo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="12"/>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="14"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="16"/>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="18"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="20"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="22"/>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="26"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudError</name>
    <message>
        <location filename="../app/core/CloudError.cpp" line="25"/>
        <source>The cloud answered %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/CloudError.cpp" line="29"/>
        <source>The cloud answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/CloudError.cpp" line="38"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="36"/>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="41"/>
        <source>A connection test saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="85"/>
        <source>Works: the cloud accepted the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="93"/>
        <source>Wrong key: the cloud did not accept these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="99"/>
        <source>No permission: the credentials are right, but may not list what Copydeck needs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="103"/>
        <source>No permission for %1: the credentials are right, but may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="111"/>
        <source>Cannot reach the endpoint: the cloud did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="112"/>
        <source>Cannot reach the endpoint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="116"/>
        <source>Did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/ConnectionCheck.cpp" line="129"/>
        <source>Copydeck does not know the cloud &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyJob</name>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="51"/>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="53"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="55"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="57"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="59"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="61"/>
        <source>Partly failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="63"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="65"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/DomainNames.cpp" line="67"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::AccountImportDialog</name>
    <message>
        <location filename="../ui/accounts/AccountImportDialog.cpp" line="24"/>
        <source>Looking for accounts on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountImportDialog.cpp" line="28"/>
        <source>Import Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountImportDialog.cpp" line="30"/>
        <source>&amp;Add the Checked Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountImportDialog.cpp" line="32"/>
        <source>These accounts are set up on this computer. Copydeck reads their files and variables each time it connects; it copies no key out of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="47"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="48"/>
        <source>&amp;Import from This Computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="49"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="50"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="53"/>
        <source>Read-onl&amp;y: Copydeck lists backups but never changes anything in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="61"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="67"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="112"/>
        <source>%1 Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="118"/>
        <source>Find the profiles and environment variables the clouds&apos; own tools set up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="131"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="135"/>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="148"/>
        <source>Makes one harmless call with these settings, without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="167"/>
        <source>No accounts yet. Add one, or import the ones your cloud tools already set up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="207"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="208"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="210"/>
        <source>%1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="255"/>
        <source>This version of Copydeck cannot edit accounts of %1; the account is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="295"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="324"/>
        <source>Cannot test yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="333"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="361"/>
        <source>New %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="409"/>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="410"/>
        <source>Remove the account &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="414"/>
        <source>Copydeck forgets its settings and removes its saved keys from the keychain when you press OK in the Accounts dialog. Nothing changes in the cloud: its backups stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="417"/>
        <source>The account was not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="418"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsDialog.cpp" line="420"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::AccountsEditor</name>
    <message>
        <location filename="../ui/accounts/AccountsEditor.cpp" line="19"/>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsEditor.cpp" line="23"/>
        <source>Add, edit, test and remove accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::AwsAccountForm</name>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="34"/>
        <source>Access &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="35"/>
        <source>An IAM user&apos;s access key. Copydeck keeps the secret in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="37"/>
        <source>&amp;Profile from the AWS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="38"/>
        <source>A profile of ~/.aws/credentials and ~/.aws/config, read each time Copydeck connects. Copydeck never writes those files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="41"/>
        <source>En&amp;vironment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="42"/>
        <source>AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN as Copydeck was started with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="54"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="61"/>
        <source>https://backup.&lt;region&gt;.amazonaws.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="62"/>
        <source>Leave empty to use AWS&apos;s own endpoint in each region. Set it only for an AWS-compatible service or a local test cloud: every region is then reached at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="76"/>
        <source>AKIA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="79"/>
        <source>Only for temporary keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="81"/>
        <source>Enter the access key ID and the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="82"/>
        <source>Enter both the access key ID and the secret access key, or neither to keep the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="87"/>
        <source>Access key I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="88"/>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="89"/>
        <source>Session t&amp;oken (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="95"/>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="102"/>
        <source>Regions and endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="105"/>
        <source>Re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="107"/>
        <source>Copydeck lists the vaults of the checked regions. Space checks the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="112"/>
        <source>With none checked, Copydeck lists the default region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="114"/>
        <source>Defa&amp;ult region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="115"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="122"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="123"/>
        <source>The region Copydeck tests the connection in. Automatic: AWS_REGION, else the profile&apos;s region, else the first checked region, else us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="161"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="206"/>
        <source>No profile found in %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="221"/>
        <source>Keys read from %1 each time Copydeck connects; no region set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="222"/>
        <source>Keys read from %1 each time Copydeck connects; region %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="227"/>
        <source>The AWS files have no profile &quot;%1&quot; now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="235"/>
        <source>Copydeck uses AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from the environment it was started in. AWS_ACCESS_KEY_ID is set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="238"/>
        <source>AWS_ACCESS_KEY_ID is not set in the environment Copydeck was started in, so it uses the profile &quot;%1&quot; (AWS_PROFILE) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="283"/>
        <source>Choose a profile of the AWS files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsAccountForm.cpp" line="285"/>
        <source>The endpoint must be an http:// or https:// address, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::AwsCopyPage</name>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="37"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="52"/>
        <source>Move to c&amp;old storage after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="54"/>
        <source>&amp;Delete after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="56"/>
        <source>&amp;Keep the copy forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="76"/>
        <source>Choose a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="77"/>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="257"/>
        <source>Choose a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="87"/>
        <source>The IAM role AWS Backup assumes to make the copy. It needs permission to copy into the destination vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="89"/>
        <source>Removes any lifecycle: the copy is never moved to cold storage and never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="92"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="94"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="95"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="97"/>
        <source>IAM ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="99"/>
        <source>Lifecycle of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="109"/>
        <source>A copy in cold storage stays there at least 90 days, so deletion must come at least 90 days after the move to cold storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="184"/>
        <source>This account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="189"/>
        <source>Loading vaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="205"/>
        <source>This account has no vault that can receive a copy of this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="216"/>
        <source>Could not load the vaults. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="232"/>
        <source>%1 (same region as the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="251"/>
        <source>%1 (holds the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="253"/>
        <source>%1 (account %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aws/AwsCopyPage.cpp" line="256"/>
        <source>Choose a region first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::BackupDetailsWidget</name>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="28"/>
        <location filename="../ui/BackupDetailsWidget.cpp" line="92"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="28"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="54"/>
        <source>Backup details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="67"/>
        <source>No backup selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="68"/>
        <source>Select a backup to see everything known about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="78"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="79"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="80"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="81"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="82"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="83"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="84"/>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="85"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="86"/>
        <source>State in the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="87"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="88"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="89"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="90"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="91"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="92"/>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupDetailsWidget.cpp" line="93"/>
        <source>Copied from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::BackupFilterBar</name>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="32"/>
        <source>Wit&amp;hout a copy elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="42"/>
        <source>Filter by name, source, location… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="44"/>
        <source>Filter backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="48"/>
        <source>Show only backups that have not been copied to another location yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="50"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="57"/>
        <source>All clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="61"/>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="62"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="63"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="64"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="65"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="66"/>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="68"/>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="70"/>
        <source>Cl&amp;oud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupFilterBar.cpp" line="72"/>
        <source>A&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::BackupOperationActions</name>
    <message>
        <location filename="../ui/BackupOperationActions.cpp" line="25"/>
        <source>Create &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationActions.cpp" line="26"/>
        <source>E&amp;xtend Expiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationActions.cpp" line="34"/>
        <source>Make a new backup of a database in the selected instance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationActions.cpp" line="39"/>
        <source>Change when the selected backup expires (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationActions.cpp" line="147"/>
        <source>This account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::BackupOperationDialog</name>
    <message>
        <location filename="../ui/BackupOperationDialog.cpp" line="30"/>
        <source>Create a Backup in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationDialog.cpp" line="31"/>
        <source>Extend Expiry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationDialog.cpp" line="41"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationDialog.cpp" line="41"/>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationDialog.cpp" line="53"/>
        <source>Copydeck cannot create backups in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupOperationDialog.cpp" line="55"/>
        <source>Copydeck cannot change when backups of %1 expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::BackupTableModel</name>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="146"/>
        <source>The account of %1 is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="341"/>
        <source>The cloud says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="344"/>
        <source>The cloud does not give this backup&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="345"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="350"/>
        <source>No expiry date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/BackupTableModel.cpp" line="352"/>
        <source>%n completed copies made with Copydeck</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="363"/>
        <source>Completed copies of this backup made with Copydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="368"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="370"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="372"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="374"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="376"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="378"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="380"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="382"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="384"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="386"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/BackupTableModel.cpp" line="388"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::BackupsPane</name>
    <message>
        <location filename="../ui/BackupsPane.cpp" line="40"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::ChoiceLoadStatus</name>
    <message>
        <location filename="../ui/ChoiceLoadStatus.cpp" line="13"/>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::CopyDialog</name>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="28"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="37"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="50"/>
        <source>Copydeck cannot copy backups of this cloud yet: it has no copy settings for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="72"/>
        <source>Backup to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="84"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="85"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="86"/>
        <source>Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="87"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="88"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyDialog.cpp" line="89"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::CopyJobModel</name>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="186"/>
        <source>≈ %1 % (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="187"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="194"/>
        <source>%1 of %2 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="209"/>
        <source>≈ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="219"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="245"/>
        <source>%1
in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="248"/>
        <source>%1
Copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="254"/>
        <source>This cloud does not report progress. Copydeck estimates it from the backup&apos;s size and the speed of earlier copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="260"/>
        <source>The cloud says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="262"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="278"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="280"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="282"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="284"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="286"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="288"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="290"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/CopyJobModel.cpp" line="292"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::CopyJobTracker</name>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="98"/>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="65"/>
        <source>Copydeck did not send this copy because it could not record it in its ledger %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="115"/>
        <source>The account of this backup is not configured, or its cloud is not available in this version of Copydeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="117"/>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="178"/>
        <source>Check the account in the accounts dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="129"/>
        <source>Copydeck did not send this copy because %1 would refuse it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="131"/>
        <source>Correct the request in the copy dialog and copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="177"/>
        <source>Copydeck could not connect the account of this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="278"/>
        <source>Copydeck could not connect the account of this copy, so the copy was not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTracker.cpp" line="436"/>
        <source>Copydeck did not send this copy again because it could not record it in its ledger %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerLedger.cpp" line="111"/>
        <source>Check that the folder can be written, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="25"/>
        <source>Waiting for the backup of %1 in %2 to be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="26"/>
        <source>Waiting for the copy of %1 to %2 to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="36"/>
        <source>Copydeck did not send this copy because the job it was to wait for is not in its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="38"/>
        <source>Copy the backup again once it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="48"/>
        <source>Copydeck did not send this copy because the job it waited for ended as &quot;%1&quot; instead of completing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="51"/>
        <source>Retry the job it waited for; once that one completes, retry this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/CopyJobTrackerQueue.cpp" line="86"/>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::CopyJobsPanel</name>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="46"/>
        <source>Cance&amp;l Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="48"/>
        <source>&amp;Retry Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="49"/>
        <source>Show Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="56"/>
        <source>Select the copy this job made in its vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="78"/>
        <source>≈ 100 % (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="79"/>
        <source>Copy jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="82"/>
        <source>No copies yet. Select a backup and choose Copy… to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="85"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="160"/>
        <source>%1 is a read-only account: Copydeck changes nothing in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="161"/>
        <source>Ask the cloud to stop the selected copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyJobsPanel.cpp" line="162"/>
        <source>Send the selected failed copy again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::CopyProgressDelegate</name>
    <message>
        <location filename="../ui/CopyProgressDelegate.cpp" line="32"/>
        <source>≈ %1 % (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyProgressDelegate.cpp" line="33"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CopyProgressDelegate.cpp" line="35"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::DiscoveredAccountsView</name>
    <message>
        <location filename="../ui/accounts/DiscoveredAccountsView.cpp" line="26"/>
        <source>Accounts found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/DiscoveredAccountsView.cpp" line="29"/>
        <source>Copydeck found no cloud account set up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/DiscoveredAccountsView.cpp" line="56"/>
        <source>%1 (already added)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/DiscoveredAccountsView.cpp" line="57"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::GoogleAccountForm</name>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="30"/>
        <source>Service account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="31"/>
        <source>gcloud user credentials (OAuth client %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="34"/>
        <source>%1, project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="61"/>
        <source>Service-account &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="62"/>
        <source>A JSON key downloaded from the Cloud console. Copydeck keeps it in the system keychain; the file is not needed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="65"/>
        <source>Credential &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="66"/>
        <source>A service-account key or gcloud&apos;s authorized-user file, read each time Copydeck needs a token. Copydeck never writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="69"/>
        <source>Application &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="70"/>
        <source>The file GOOGLE_APPLICATION_CREDENTIALS names, else gcloud&apos;s application_default_credentials.json, read each time Copydeck needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="76"/>
        <source>C&amp;hoose Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="79"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="86"/>
        <source>Leave empty to use Google&apos;s own endpoint. Set it only for a private endpoint or a local test cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="95"/>
        <source>No key chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="96"/>
        <source>Path of a JSON credential file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="97"/>
        <source>The projects whose Spanner instances Copydeck lists, separated by commas. Empty: the credential&apos;s own project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="102"/>
        <source>Choose the service account&apos;s key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="104"/>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="108"/>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="116"/>
        <source>Projects and endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="119"/>
        <source>&amp;Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="120"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="156"/>
        <source>project-id, another-project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="157"/>
        <source>The credential&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="164"/>
        <source>Choose a Service-Account Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="165"/>
        <source>JSON keys (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="176"/>
        <source>Choose a Credential File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="177"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="192"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="199"/>
        <source>%1 holds gcloud user credentials, not a service-account key: choose &quot;Credential file&quot; to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="228"/>
        <source>The key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="231"/>
        <source>%1. Saved in the keychain with the account; the file is not read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="239"/>
        <source>A key is saved in the keychain. Choose a file to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="240"/>
        <source>Choose the JSON key of a service account (Cloud console, IAM, Service accounts, Keys). Copydeck keeps it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="251"/>
        <source>gcloud writes its user credentials to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="263"/>
        <source>%1. Read each time Copydeck needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="271"/>
        <source>No application-default credentials on this computer: set GOOGLE_APPLICATION_CREDENTIALS, or run &quot;gcloud auth application-default login&quot;, then start Copydeck again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="275"/>
        <source>Now: %1 in %2, read each time Copydeck needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="286"/>
        <source>(chosen in this dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="344"/>
        <source>Choose a credential file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="350"/>
        <source>&quot;%1&quot; is not a Google Cloud project id (6 to 30 lowercase letters, digits and hyphens, starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/GoogleAccountForm.cpp" line="355"/>
        <source>The endpoint must be an http:// or https:// address, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::GoogleTokenSource</name>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="67"/>
        <source>No Google credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="129"/>
        <source>The token endpoint %1 answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::HuaweiAccountForm</name>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="47"/>
        <source>Copydeck uses HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK from the environment it was started in; both are set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="50"/>
        <source>HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set in the environment Copydeck was started in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="59"/>
        <source>Access &amp;key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="60"/>
        <source>Requests are signed with the access key (SDK-HMAC-SHA256). Copydeck keeps the secret key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="63"/>
        <source>&amp;IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="64"/>
        <source>Copydeck asks IAM for a token per region&apos;s project (valid 24 hours) and renews it before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="67"/>
        <source>En&amp;vironment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="68"/>
        <source>HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK as Copydeck was started with them; nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="83"/>
        <source>https://cbr.{region}.myhuaweicloud.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="84"/>
        <source>Leave empty for Huawei Cloud&apos;s own endpoints. {region} is replaced by each region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="87"/>
        <source>https://iam.myhuaweicloud.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="92"/>
        <source>The Huawei Cloud account (domain) the IAM user belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="99"/>
        <source>Only for temporary keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="101"/>
        <source>Enter the access key ID and the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="104"/>
        <source>Enter the IAM user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="107"/>
        <source>Access key I&amp;D (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="108"/>
        <source>&amp;Secret access key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="109"/>
        <source>Security t&amp;oken (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="111"/>
        <source>IAM &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="112"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="113"/>
        <source>Acco&amp;unt name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="119"/>
        <source>Regions and endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="121"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="121"/>
        <source>Project ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="131"/>
        <source>CBR &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="132"/>
        <source>IAM e&amp;ndpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="135"/>
        <source>Checked regions are listed. A project ID left empty is found through IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="167"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="241"/>
        <source>Enter the IAM user name and the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiAccountForm.cpp" line="246"/>
        <source>An endpoint must be an http:// or https:// address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::HuaweiCopyPage</name>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="44"/>
        <source>Choose a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="46"/>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="179"/>
        <source>Choose a region first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="49"/>
        <source>The account&apos;s project in the destination region; the replica belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="54"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="56"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="57"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="58"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="61"/>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="63"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="64"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="65"/>
        <source>A name has 1 to 64 characters; a description at most 255, without &lt; or &gt;. A region holds one replica of a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="100"/>
        <source>%1 (the backup&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="112"/>
        <source>This account is not connected to Huawei Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="117"/>
        <source>Loading the regions this backup can be replicated to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="135"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="144"/>
        <source>Backups of %1 cannot be replicated to any region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="147"/>
        <source>Every region this backup can go to already holds a replica of it, or cannot take one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="158"/>
        <source>Could not load the destinations. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/huawei/HuaweiCopyPage.cpp" line="178"/>
        <source>Choose a replication vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::JobHistoryAction</name>
    <message>
        <location filename="../ui/history/JobHistoryAction.cpp" line="8"/>
        <source>Job &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryAction.cpp" line="14"/>
        <source>Every copy Copydeck has followed, with filters and export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::JobHistoryModel</name>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="158"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="160"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="162"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="164"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="166"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="168"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="170"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/JobHistoryModel.cpp" line="172"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::JobHistoryWindow</name>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="56"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="57"/>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="61"/>
        <source>Job History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="85"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="86"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="87"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="88"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="89"/>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="99"/>
        <source>for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="100"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="103"/>
        <source>Finished jobs older than this are removed from the history when Copydeck starts. Unfinished jobs are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="113"/>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="114"/>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="115"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="116"/>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="118"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="125"/>
        <source>&amp;Keep finished jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="162"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="163"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="205"/>
        <source>All clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="210"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="215"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="261"/>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="262"/>
        <source>%1 of %2 jobs shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="272"/>
        <source>Export Job History as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="272"/>
        <source>Export Job History as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="275"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="275"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/JobHistoryWindow.cpp" line="287"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::KeychainNotice</name>
    <message>
        <location filename="../ui/accounts/KeychainNotice.cpp" line="36"/>
        <source>No keychain for your secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeychainNotice.cpp" line="41"/>
        <source>Copydeck keeps access keys, tokens and passwords only in the system keychain (the Secret Service: GNOME Keyring or KWallet). To fix this, install one (Debian and Ubuntu: the package gnome-keyring), make sure it runs in your desktop session and unlock it, then choose Try Again.

Or keep secrets for this session only: Copydeck holds them in memory and forgets them when it closes; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeychainNotice.cpp" line="47"/>
        <source>Keep Secrets for This &amp;Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeychainNotice.cpp" line="49"/>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeychainNotice.cpp" line="51"/>
        <source>Continue &amp;Without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeychainNotice.cpp" line="64"/>
        <source>Secrets kept for this session only (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/KeychainNotice.cpp" line="68"/>
        <source>No keychain was reachable at start. Secrets you enter are held in memory and forgotten when Copydeck closes. Start and unlock GNOME Keyring or KWallet, then restart Copydeck to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::LocationTreeModel</name>
    <message>
        <location filename="../app/models/LocationTreeModel.cpp" line="54"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/LocationTreeModel.cpp" line="88"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/LocationTreeModel.cpp" line="114"/>
        <source>This account&apos;s cloud is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/LocationTreeModel.cpp" line="151"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/LocationTreeModel.cpp" line="171"/>
        <source>No vaults or instances found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/LocationTreeModel.cpp" line="181"/>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/LocationTreeModel.cpp" line="311"/>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Copydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Could not list the vaults of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>The accounts were not all saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Copy the selected backup to another region or vault (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>List the backups again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Filter Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Creating backup %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>%1 now expires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Could not change when %1 expires: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Accounts and locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>Copying %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Loading backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Loading locations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>The copy is not listed in its vault yet. Reload (%1) to look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="435"/>
        <source>Could not list the backups in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Backup of %1 in %2 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <source>Copy of %1 to %2 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Copy of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>Copy of %1 did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <source>The copy exists but the filter hides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="569"/>
        <source>The destination of this copy is not in the list of locations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::RackspaceAccountForm</name>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="47"/>
        <source>Copydeck signs in as %1 (%2) with %3, read from the environment it was started in each time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="50"/>
        <source>Set RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and OS_API_KEY, or OS_PASSWORD) before starting Copydeck; they are not set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="61"/>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="62"/>
        <source>The API key of the Cloud Control Panel (Account Settings → API Key). Copydeck keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="65"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="66"/>
        <source>The user&apos;s password, for accounts that sign in with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="67"/>
        <source>En&amp;vironment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="68"/>
        <source>RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and OS_API_KEY) as Copydeck was started with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="79"/>
        <source>Leave empty for Rackspace Identity. Cloud Databases&apos; addresses come from the service catalog it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="84"/>
        <source>The Rackspace username, not the account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="89"/>
        <source>32 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="90"/>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="93"/>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="97"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="99"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="101"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="117"/>
        <source>Regions and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="120"/>
        <source>Re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="124"/>
        <source>With none checked, Copydeck lists every region of the account&apos;s service catalog. LON keeps its backups but takes no part in copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="128"/>
        <source>&amp;Identity endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="178"/>
        <source>Enter the Rackspace username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceAccountForm.cpp" line="182"/>
        <source>The identity endpoint must be an http:// or https:// address, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::RackspaceCopyPage</name>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="59"/>
        <source>Choose a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="63"/>
        <source>The name of the new backup in the target region. Copydeck finds the copy there by this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="66"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="73"/>
        <source>Copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="75"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="79"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="80"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="82"/>
        <source>Cloud Databases reports no progress for a copy: Copydeck estimates it from the backup&apos;s size and earlier copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="129"/>
        <source>This account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="133"/>
        <source>Loading regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="155"/>
        <source>%1 — unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="168"/>
        <source>No region of this account can receive a copy of this backup. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="179"/>
        <source>Could not load the regions. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="227"/>
        <source>This is an incremental backup: checking whether the backup it depends on is already in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="235"/>
        <source>Copydeck could not check whether this incremental backup&apos;s parent is in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="247"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="250"/>
        <source>This is an incremental backup. Its parent backup %1 is not in %2 yet, and Cloud Databases copies an incremental backup only after its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="253"/>
        <source>This is an incremental backup. The %n backups it depends on (%1) are not in %2 yet, and Cloud Databases copies an incremental backup only after its parent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="259"/>
        <source>Copy %1 to %2 first, then this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="260"/>
        <source>Copy those %n backups to %1 first, oldest first, then this backup</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="287"/>
        <source>Copied before %1, which depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rackspace/RackspaceCopyPage.cpp" line="300"/>
        <source>Cloud Databases refuses this copy until its parent backup is in %1: copy the parent first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::SignInMethodBox</name>
    <message>
        <location filename="../ui/accounts/SignInMethodBox.cpp" line="18"/>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::SpannerBackupFields</name>
    <message>
        <location filename="../ui/spanner/SpannerBackupFields.cpp" line="30"/>
        <source>2 to 60 characters: lowercase letters, digits, &apos;_&apos; and &apos;-&apos;; starts with a letter, ends with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerBackupFields.cpp" line="45"/>
        <source>Backup I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerBackupFields.cpp" line="46"/>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerBackupFields.cpp" line="54"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerBackupFields.cpp" line="57"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerBackupFields.cpp" line="58"/>
        <source>Cloud &amp;KMS keys:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::SpannerCopyPage</name>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="41"/>
        <source>Choose a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="42"/>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="200"/>
        <source>Choose an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="47"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="50"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="51"/>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="57"/>
        <source>The copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="98"/>
        <source>6 hours to 366 days after the source backup was made, and before its latest allowed expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="120"/>
        <source>This account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="125"/>
        <source>Loading instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="140"/>
        <source>This account sees no Spanner instance that can receive the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="156"/>
        <source>Could not load the instances. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="172"/>
        <source>%1 (the backup&apos;s project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="191"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="193"/>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="196"/>
        <source>%1, holds the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCopyPage.cpp" line="199"/>
        <source>Choose a project first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::SpannerCreateBackupPage</name>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="37"/>
        <source>An earlier &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="53"/>
        <source>Choose a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="59"/>
        <source>Without it, the backup holds the database as it is when Spanner starts the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="62"/>
        <source>What to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="65"/>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="66"/>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="74"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="81"/>
        <source>The backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="135"/>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="136"/>
        <source>%1 (%2) in %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="142"/>
        <source>6 hours to 366 days from when Spanner gets the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="157"/>
        <source>This account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="161"/>
        <source>Loading databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="173"/>
        <source>This instance has no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="184"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="197"/>
        <source>Could not load the databases. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="228"/>
        <source>The database keeps earlier versions back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerCreateBackupPage.cpp" line="232"/>
        <source>Spanner keeps earlier versions only for the database&apos;s version retention period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::SpannerEncryptionFields</name>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="38"/>
        <source>Same as the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="39"/>
        <source>Destination default or the source backup&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="42"/>
        <source>Google-managed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="43"/>
        <source>Customer-managed keys (Cloud KMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="51"/>
        <source>projects/&lt;project&gt;/locations/&lt;region&gt;/keyRings/&lt;ring&gt;/cryptoKeys/&lt;key&gt;
One key per line, one for each region of the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="158"/>
        <source>The keys must cover every region of %1; add a key in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="170"/>
        <source>Choose the destination to see which regions need a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="173"/>
        <source>Looking up the regions of %1… Spanner needs a key in each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="179"/>
        <source>The keys cover every region of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerEncryptionFields.cpp" line="181"/>
        <source>%1 keeps data in %2: one key in each (or one key in %1). Still missing: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::SpannerExpiryField</name>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="29"/>
        <source>+&amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="30"/>
        <source>+3&amp;0 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="31"/>
        <source>Lon&amp;gest allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="45"/>
        <source>When Spanner deletes the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="46"/>
        <source>Expire 7 days from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="47"/>
        <source>Expire 30 days from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="48"/>
        <source>Keep it as long as Spanner allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryField.cpp" line="94"/>
        <source>Allowed: from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::SpannerExpiryPage</name>
    <message>
        <location filename="../ui/spanner/SpannerExpiryPage.cpp" line="28"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryPage.cpp" line="31"/>
        <source>Now expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryPage.cpp" line="32"/>
        <source>&amp;New expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryPage.cpp" line="49"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryPage.cpp" line="54"/>
        <source>at least 6 hours from now and before the backup&apos;s latest allowed expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryPage.cpp" line="76"/>
        <source>The backup must expire at least 6 hours from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/spanner/SpannerExpiryPage.cpp" line="79"/>
        <source>The backup must expire before its latest allowed expiry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydeck::WelcomeWidget</name>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="31"/>
        <source>&amp;Import from This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="32"/>
        <source>&amp;Add an Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="33"/>
        <source>Try the &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="36"/>
        <source>Looking for accounts on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="38"/>
        <source>Add the &amp;Checked Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="49"/>
        <source>Welcome to Copydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="56"/>
        <source>Copydeck lists the backups you keep in your cloud accounts, copies them to other regions, vaults and accounts, and follows every copy to its end. Tell it which accounts to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="72"/>
        <source>Uses the profiles and environment variables your cloud tools already set up, such as ~/.aws/credentials. Copydeck reads them; it copies no key out of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="75"/>
        <source>Enter an access key, or choose a profile, yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/WelcomeWidget.cpp" line="77"/>
        <source>Demo accounts and backups in a cloud simulated on this computer; nothing leaves it. Copydeck starts again as &quot;copydeck --sandbox&quot;, which you can also run yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../app/models/DisplayFormat.cpp" line="22"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/DisplayFormat.cpp" line="49"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/DisplayFormat.cpp" line="51"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/DisplayFormat.cpp" line="55"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/DisplayFormat.cpp" line="58"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/DisplayText.cpp" line="31"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleCredentialFile</name>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="34"/>
        <source>Download a new JSON key for the service account, or run &quot;gcloud auth application-default login&quot;, and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="37"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="42"/>
        <source>%1 is not a Google credential file (not JSON: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="54"/>
        <source>%1 has a token_uri that is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="60"/>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="89"/>
        <source>%1 holds &quot;%2&quot; credentials, which Copydeck cannot use yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="90"/>
        <source>Use a service-account key or application-default login (authorized_user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="98"/>
        <source>Cannot read the Google credential file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="99"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="136"/>
        <source>No Google application-default credentials were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleCredentials.cpp" line="137"/>
        <source>Run &quot;gcloud auth application-default login&quot;, or set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleCredentialsImporter</name>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="22"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="23"/>
        <source>Download the key again from the Cloud console, or run &quot;gcloud auth application-default login&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="126"/>
        <source>not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="129"/>
        <source>not a Google credential file (no JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="147"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="175"/>
        <source>service account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="176"/>
        <source>gcloud user credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="178"/>
        <source>Google Cloud (gcloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="179"/>
        <source>Google Cloud %1 (gcloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="181"/>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="181"/>
        <source>Google Cloud %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="183"/>
        <source>%1: %2 in %3, no project set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="184"/>
        <source>%1: %2 in %3, project %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="203"/>
        <source>GOOGLE_APPLICATION_CREDENTIALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/GoogleCredentialsImporter.cpp" line="214"/>
        <source>gcloud application-default login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleJwt</name>
    <message>
        <location filename="../app/auth/GoogleJwt.cpp" line="23"/>
        <source>Download a new JSON key for the service account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleJwt.cpp" line="39"/>
        <source>The service-account key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleJwt.cpp" line="43"/>
        <source>The service account&apos;s private_key is not a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleJwt.cpp" line="45"/>
        <source>The service account&apos;s private_key is not an RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleJwt.cpp" line="54"/>
        <location filename="../app/auth/GoogleJwt.cpp" line="59"/>
        <source>The JWT could not be signed with the service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleTokenError</name>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="155"/>
        <source>Google&apos;s sign-in service is busy or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="156"/>
        <source>Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="159"/>
        <source>Google refused the sign-in. Credentials used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="161"/>
        <source>The key may have been deleted or disabled, the refresh token revoked, or this computer&apos;s clock may be wrong. Check the clock, then make a new key or sign in again with &quot;gcloud auth application-default login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="166"/>
        <source>The OAuth client in the file is unknown: sign in again with &quot;gcloud auth application-default login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/GoogleTokenSource.cpp" line="169"/>
        <source>Check the credential file chosen for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../app/core/HttpClient.cpp" line="167"/>
        <source>The connection to %1 was lost before it answered; the request may or may not have been carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/HttpClient.cpp" line="171"/>
        <source>Copydeck checks whether it was before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/HttpClient.cpp" line="175"/>
        <source>Could not reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/HttpClient.cpp" line="177"/>
        <source>Check the network connection and the account&apos;s endpoint, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiAuthSession</name>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="106"/>
        <source>HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not both set in Copydeck&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="108"/>
        <source>Set them before starting Copydeck, or give the account its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="114"/>
        <source>No secret store is available to read the credentials of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="124"/>
        <source>The account &quot;%1&quot; has no IAM user name, account name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="139"/>
        <source>The account &quot;%1&quot; has no access key and secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="200"/>
        <source>IAM answered without a token (X-Subject-Token) or its expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="273"/>
        <source>The account has no project in %1, so nothing can be listed or replicated there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiAuthSession.cpp" line="275"/>
        <source>Add the region&apos;s project id to the account, or choose another region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiConnection</name>
    <message>
        <location filename="../app/providers/huawei/HuaweiConnection.cpp" line="35"/>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiConnection.cpp" line="224"/>
        <source>already holds a replica of this backup, or is receiving one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiConnection.cpp" line="243"/>
        <source>has no replication vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiConnection.cpp" line="337"/>
        <source>This replication was never accepted by Huawei Cloud, so there is nothing to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiConnection.cpp" line="383"/>
        <source>Huawei Cloud has no replication record %1 on backup %2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiConnection.cpp" line="429"/>
        <source>The account lists no region, and IAM gave none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiCopyRules</name>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="15"/>
        <source>Choose a backup to replicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="18"/>
        <source>This backup is a replica; replicas cannot be replicated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="21"/>
        <source>Only an available backup can be replicated; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="25"/>
        <source>Choose the destination region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="28"/>
        <source>A replica goes to another region than the backup&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="31"/>
        <source>This backup already has a replica in %1, or one is being made; a region holds one replica of a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="36"/>
        <source>Choose a replication vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="39"/>
        <source>The project of %1 is not known; check the account&apos;s project ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="44"/>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="49"/>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiCopyRules.cpp" line="54"/>
        <source>The description cannot contain &lt; or &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiEnvironmentImporter</name>
    <message>
        <location filename="../app/providers/huawei/HuaweiEnvironmentImporter.cpp" line="29"/>
        <source>Only one of HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK is set in the environment; an account needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiEnvironmentImporter.cpp" line="37"/>
        <source>Huawei Cloud (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiEnvironmentImporter.cpp" line="39"/>
        <source>HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiEnvironmentImporter.cpp" line="41"/>
        <source>HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID in the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiErrorParser</name>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="58"/>
        <source>This backup already has a replica in that region, or one is being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="60"/>
        <source>Choose another destination region, or delete the replica there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="64"/>
        <source>Only an available backup can be replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="65"/>
        <source>Wait until the backup is available, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="68"/>
        <source>A replica cannot be replicated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="69"/>
        <source>Replicate the original backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="73"/>
        <source>Backups of this region cannot be replicated to that region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="74"/>
        <source>Choose a region the replication capabilities list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="77"/>
        <source>Replicas can only go into a replication vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="78"/>
        <source>Choose a vault whose protection type is replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="81"/>
        <source>The vault does not exist in that region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="83"/>
        <source>The backup does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="84"/>
        <source>Reload the list of backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="87"/>
        <source>Huawei Cloud did not accept the account&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="88"/>
        <source>Check the access key and secret key, or the IAM user name, password and account name, and the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="93"/>
        <source>The account is signed in but not allowed to do this in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="95"/>
        <source>Check the project ids of the account&apos;s regions and the IAM user&apos;s permissions for CBR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="100"/>
        <source>Huawei Cloud does not know what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="104"/>
        <source>Huawei Cloud is limiting how fast requests may come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="105"/>
        <source>Copydeck tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="107"/>
        <source>Huawei Cloud had a problem answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="108"/>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="109"/>
        <source>Huawei Cloud refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiErrorParser.cpp" line="110"/>
        <source>Correct the request and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiJson</name>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="19"/>
        <source>Huawei Cloud&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="32"/>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="37"/>
        <source>Replicas in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="85"/>
        <source>%1 (replication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="112"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="115"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="116"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="117"/>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="118"/>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="119"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="126"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="132"/>
        <source>Replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/huawei/HuaweiJson.cpp" line="208"/>
        <source>Huawei Cloud accepted the replication but gave no replication record id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuaweiProvider</name>
    <message>
        <location filename="../app/providers/huawei/HuaweiProvider.cpp" line="26"/>
        <source>Huawei Cloud CBR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretFields</name>
    <message>
        <location filename="../ui/accounts/KeychainSecretFields.cpp" line="57"/>
        <source>Unchanged (saved in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="80"/>
        <source>No keychain is reachable: Copydeck needs a Secret Service such as GNOME Keyring or KWallet running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="82"/>
        <source>Start it, or keep secrets for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="85"/>
        <source>The keychain refused access, most likely because it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="87"/>
        <source>Unlock it (GNOME Keyring, KWallet) and try again, or keep secrets for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="91"/>
        <source>Access to the keychain was refused at its prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="92"/>
        <source>Try again and allow Copydeck at the prompt, or keep secrets for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="96"/>
        <source>The keychain could not remove the entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="97"/>
        <source>Remove it with the keychain&apos;s own tool (Passwords and Keys, KWallet Manager), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="105"/>
        <source>The keychain could not be used: Copydeck needs a Secret Service such as GNOME Keyring or KWallet running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="108"/>
        <source>Start or unlock it, or keep secrets for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="113"/>
        <source>(The keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/auth/KeychainSecretStore.cpp" line="126"/>
        <source>The keychain did not answer within %n second(s). It may be waiting for an unlock prompt that nobody answered, or its service (GNOME Keyring, KWallet) has stopped responding.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="130"/>
        <source>Answer or close the keychain&apos;s prompt, or restart the keychain service, then try again; or keep secrets for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/auth/KeychainSecretStore.cpp" line="207"/>
        <source>an entry read back differently from how it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerDatabase</name>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="171"/>
        <source>The copy ledger %1 is in use by another program, perhaps another Copydeck (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="174"/>
        <source>Close the other Copydeck and start Copydeck again. Copies are not recorded until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="179"/>
        <source>The copy ledger %1 is damaged (%2). Copydeck left the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="182"/>
        <source>Move the file elsewhere or restore it from a backup, then start Copydeck again; it starts a new ledger where the file was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="185"/>
        <source>Copydeck could not use its copy ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="187"/>
        <source>Check that the folder can be written and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="214"/>
        <source>Copydeck could not create the folder %1 for its copy ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="216"/>
        <source>Check that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="247"/>
        <source>The copy ledger %1 was written by a newer Copydeck (schema %2; this Copydeck knows %3). Copydeck left it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="252"/>
        <source>Use the newer Copydeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="259"/>
        <source>The file %1 is a database, but not a Copydeck copy ledger. Copydeck left it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="262"/>
        <source>Move the file elsewhere and start Copydeck again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabase.cpp" line="267"/>
        <source>The copy ledger %1 could not be switched to write-ahead logging (journal mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabaseHistory.cpp" line="29"/>
        <source>Copydeck could not forget old jobs in its copy ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/jobs/LedgerDatabaseHistory.cpp" line="31"/>
        <source>Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderConnection</name>
    <message>
        <location filename="../app/core/ProviderConnection.cpp" line="14"/>
        <source>This cloud cannot make a backup on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ProviderConnection.cpp" line="20"/>
        <source>This cloud cannot change when a backup expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ProviderConnection.cpp" line="27"/>
        <source>This cloud cannot cancel a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceConnection</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="79"/>
        <source>The environment does not hold Rackspace credentials for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="81"/>
        <source>Set RAX_USERNAME and RAX_API_KEY (or OS_USERNAME and OS_API_KEY) before starting Copydeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="88"/>
        <source>No secret store is available to read the key of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="97"/>
        <source>The account &quot;%1&quot; has no username or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="98"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="98"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="99"/>
        <source>Open Accounts… and enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="129"/>
        <source>Rackspace Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="178"/>
        <source>The account&apos;s service catalog has no Cloud Databases endpoint in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="180"/>
        <source>Remove %1 from the account&apos;s regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceConnection.cpp" line="196"/>
        <source>Cloud Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="88"/>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="206"/>
        <source>Cloud Databases accepted the copy; waiting for &quot;%1&quot; to appear in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="104"/>
        <source>The copy &quot;%1&quot; in %2 ended %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="110"/>
        <source>Cloud Databases could not make the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="111"/>
        <source>Check that the source backup is still COMPLETED in %1, delete the failed copy in %2, and copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="117"/>
        <source>The copy &quot;%1&quot; is complete in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="119"/>
        <source>The copy &quot;%1&quot; is %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="155"/>
        <source>This copy was never accepted by Cloud Databases, so there is nothing to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="165"/>
        <source>The copy &quot;%1&quot; (%2) is no longer in %3: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="182"/>
        <source>The source backup went to COPY_ERROR; no copy was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="187"/>
        <source>Try the copy again; if it fails again, ask Rackspace support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyFollowing.cpp" line="196"/>
        <source>Cloud Databases accepted the copy at %1, but no backup named &quot;%2&quot; has appeared in %3 in %4 minutes. Check the backups of %3 in the Cloud Control Panel (the copy may have another name or have failed), and the state of the source backup in %5; copy again only once you are sure no copy exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceCopyRules</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="12"/>
        <source>Cloud Databases does not copy backups to or from LON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="14"/>
        <source>%1 is not a region Cloud Databases copies backups to; choose DFW, IAD, ORD, HKG or SYD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="18"/>
        <source>The backup is already in %1; a copy must go to another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="25"/>
        <source>The backup is in LON; Cloud Databases does not copy backups to or from LON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="33"/>
        <source>Enter a name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="35"/>
        <source>The name needs at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="37"/>
        <source>The name is %1 characters long; Cloud Databases takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="46"/>
        <source>The description is %1 characters long; Cloud Databases takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="66"/>
        <source>Choose the backup to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="72"/>
        <source>A copy of this backup is running; Cloud Databases copies it again once that copy has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="76"/>
        <source>The backup is %1; Cloud Databases copies only COMPLETED backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceCopyRules.cpp" line="82"/>
        <source>Choose the region to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceEnvironmentImporter</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceEnvironmentImporter.cpp" line="46"/>
        <source>%1 is set, but no Rackspace username (RAX_USERNAME or OS_USERNAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceEnvironmentImporter.cpp" line="48"/>
        <source>%1 is set, but no Rackspace API key (RAX_API_KEY or OS_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceEnvironmentImporter.cpp" line="50"/>
        <source>Set both before starting Copydeck, or add the account by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceEnvironmentImporter.cpp" line="59"/>
        <source>Rackspace %1 (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceEnvironmentImporter.cpp" line="73"/>
        <source>environment variables %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceFaultParser</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="53"/>
        <source>%1 did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="54"/>
        <source>Check the account&apos;s username and API key (an API key is not the password), and the identity endpoint (UK accounts once used lon.identity.api.rackspacecloud.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="58"/>
        <source>The user is signed in but not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="59"/>
        <source>Ask the account&apos;s administrator for a role that may manage Cloud Databases backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="62"/>
        <source>%1 cannot find what the request names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="63"/>
        <source>Refresh the lists: the backup may have been deleted or be in another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="65"/>
        <source>Rackspace is limiting how often this account may call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="66"/>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="69"/>
        <source>Cloud Databases cannot do this in the backup&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="70"/>
        <source>Wait until the backup is COMPLETED (and any copy of it has finished), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="73"/>
        <source>%1 had a problem on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="74"/>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="78"/>
        <source>An incremental backup can be copied only once its parent backup is in the target region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="80"/>
        <source>Copy the parent backup to the target region first, then this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="82"/>
        <source>Cloud Databases does not copy backups to or from LON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="83"/>
        <source>Choose DFW, IAD, ORD, HKG or SYD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="85"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceFaultParser.cpp" line="86"/>
        <source>Correct what the message names and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceIdentity</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceIdentity.cpp" line="61"/>
        <source>Rackspace Identity answered without a token; is the identity endpoint right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceIdentity.cpp" line="79"/>
        <source>The account&apos;s service catalog has no Cloud Databases endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceIdentity.cpp" line="81"/>
        <source>Check that Cloud Databases is enabled for this Rackspace account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceJson</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="16"/>
        <source>Parent backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="21"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="26"/>
        <source>Backup type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="106"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="110"/>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="111"/>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="112"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="113"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="114"/>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="117"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="119"/>
        <source>Size (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="128"/>
        <source>Cloud Databases answered without the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="138"/>
        <source>Cloud Databases answered a backup list Copydeck cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceJson.cpp" line="159"/>
        <source>Cloud Databases answered an instance list Copydeck cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceProvider</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceProvider.cpp" line="26"/>
        <source>Rackspace Cloud Databases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackspaceRegions</name>
    <message>
        <location filename="../app/providers/rackspace/RackspaceRegions.cpp" line="25"/>
        <source>Dallas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceRegions.cpp" line="27"/>
        <source>Northern Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceRegions.cpp" line="29"/>
        <source>Chicago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceRegions.cpp" line="31"/>
        <source>London</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceRegions.cpp" line="33"/>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceRegions.cpp" line="35"/>
        <source>Sydney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/rackspace/RackspaceRegions.cpp" line="42"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyConnection</name>
    <message>
        <location filename="../app/core/ReadOnlyConnection.cpp" line="60"/>
        <source>%1 is read-only: Copydeck does not change anything in its cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ReadOnlyConnection.cpp" line="64"/>
        <source>To allow changes, open Accounts…, select %1 and clear &quot;Read-only&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpannerConnection</name>
    <message>
        <location filename="../app/providers/spanner/SpannerConnection.cpp" line="148"/>
        <source>No Google Cloud project is known for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerConnection.cpp" line="149"/>
        <source>Edit the account and list the projects whose instances it should show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerOperations.cpp" line="43"/>
        <source>Google Cloud Spanner accepted the request but named no operation to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerOperations.cpp" line="89"/>
        <source>The backup %1 is gone before it was ready: it failed or was cancelled outside Copydeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerOperations.cpp" line="105"/>
        <source>This job was never accepted by Google Cloud Spanner, so there is no operation to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerOperations.cpp" line="117"/>
        <source>This job has no operation to cancel yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerOperations.cpp" line="120"/>
        <source>Google Cloud Spanner no longer lists the operation making %1, so it cannot be cancelled. Delete the backup once it is ready if it is not wanted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpannerCopyRules</name>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="23"/>
        <source>Enter a backup id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="25"/>
        <source>A backup id has 2 to 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="27"/>
        <source>A backup id starts with a lowercase letter, ends with a lowercase letter or a digit, and uses only lowercase letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="51"/>
        <source>Choose when the copy expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="55"/>
        <source>The copy must expire at least 6 hours after the source backup was created (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="59"/>
        <source>The copy must expire at most 366 days after the source backup was created (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="63"/>
        <source>The copy must expire before the source backup&apos;s latest allowed expiry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="72"/>
        <source>Choose when the backup expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="74"/>
        <source>The backup must expire at least 6 hours from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="76"/>
        <source>The backup must expire at most 366 days from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="91"/>
        <source>&quot;%1&quot; is not a Cloud KMS key name (projects/&lt;project&gt;/locations/&lt;location&gt;/keyRings/&lt;ring&gt;/cryptoKeys/&lt;key&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="139"/>
        <source>Choose the instance that will hold the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="145"/>
        <source>Choose the database to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="149"/>
        <source>A backup is made in the instance of its database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="157"/>
        <source>The version time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="160"/>
        <source>The database keeps versions only back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="164"/>
        <source>Choose the backup to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="167"/>
        <source>Only a READY backup can be copied; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="180"/>
        <source>Unknown encryption type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="184"/>
        <source>Cloud KMS keys are only used with customer-managed encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="187"/>
        <source>Customer-managed encryption needs at least one Cloud KMS key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCopyRules.cpp" line="203"/>
        <source>The keys must cover every region of the destination&apos;s configuration %1; none is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpannerCredentialResolver</name>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="26"/>
        <source>No credential file is chosen for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="27"/>
        <source>Edit the account and choose a service-account key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="32"/>
        <source>&quot;%1&quot; uses a sign-in method Copydeck does not know (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="34"/>
        <source>Edit the account and choose how it signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="38"/>
        <source>No secret store is available to read the key of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="45"/>
        <source>No key is stored for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="46"/>
        <source>Edit the account and add its service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerCredentialResolver.cpp" line="49"/>
        <source>The service-account key of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpannerErrorParser</name>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="153"/>
        <source>Google did not accept the account&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="154"/>
        <source>Check the account&apos;s key or sign in again; if the key was deleted, make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="159"/>
        <source>The account lacks the IAM permission %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="161"/>
        <source>Ask a project owner to grant a role that includes %1 (for example Cloud Spanner Backup Admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="165"/>
        <source>The account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="166"/>
        <source>Ask a project owner for the Cloud Spanner Backup Admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="171"/>
        <source>Google Cloud Spanner does not know this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="172"/>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="173"/>
        <source>Refresh the list; it may have been deleted or may have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="176"/>
        <source>A backup with this id already exists in the destination instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="177"/>
        <source>Choose another backup id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="181"/>
        <source>The backup or database is not in a state that allows this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="182"/>
        <source>Wait until running operations on it have finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="187"/>
        <source>Google Cloud Spanner refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="188"/>
        <source>Google Cloud Spanner refused the value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="190"/>
        <source>Correct the request and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="194"/>
        <source>A Google Cloud quota or rate limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="195"/>
        <source>Wait a little; Copydeck retries on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="198"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="201"/>
        <source>This endpoint does not offer this method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="202"/>
        <source>Check the account&apos;s endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="206"/>
        <source>Google Cloud Spanner had an internal problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerErrorParser.cpp" line="207"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpannerJson</name>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="99"/>
        <source>Spanner database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="100"/>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="146"/>
        <source>Spanner database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="114"/>
        <source>Customer-managed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="116"/>
        <source>Google-managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="120"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="121"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="122"/>
        <source>Version time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="129"/>
        <source>KMS key versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="133"/>
        <source>Being copied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="151"/>
        <source>Version retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="211"/>
        <source>Latest allowed expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="216"/>
        <source>Earliest version time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/providers/spanner/SpannerJson.cpp" line="237"/>
        <source>Google Cloud Spanner sent an answer Copydeck cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpannerProvider</name>
    <message>
        <location filename="../app/providers/spanner/SpannerProvider.cpp" line="35"/>
        <source>Google Cloud Spanner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Copydeck lists the backups you hold across clouds, copies them to other regions, vaults and accounts, and follows every copy to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Start the built-in sandbox cloud on free loopback ports and use its demo accounts instead of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>How many times faster than real time sandbox copies run (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>Seed of the sandbox&apos;s demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>Make a share (0 to 1) of the sandbox&apos;s requests fail, of all kinds or of those listed: 429,500,503,reset,slow,truncated,hang (e.g. 0.1:429,reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="91"/>
        <source>Save a picture of the main window to &lt;file&gt; once the first backups have loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164"/>
        <source>Spanner service account (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="166"/>
        <source>Spanner gcloud user (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="190"/>
        <source>Huawei AK/SK (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191"/>
        <source>Huawei IAM user (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="219"/>
        <source>Rackspace %1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="361"/>
        <source>Copy history not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="370"/>
        <source>Copy history unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="372"/>
        <source>Copydeck keeps following copies in this session, but will not remember them after it closes. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
