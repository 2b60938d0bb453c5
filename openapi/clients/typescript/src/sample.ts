// A small app on the TypeScript client generated from the contract (typescript-fetch, options in docs/api-guide.md):
// what a commune officials' web frontend does. It is only type-checked (tsc --strict, by .ci/clients): a contract
// change that breaks these calls, or breaks the generated code, fails CI.
import {
    AuthenticationApi,
    Configuration,
    IssueTokenGrantTypeEnum,
    ReceptionFlag,
    ReceptionsApi,
    ResponseError,
    TasksApi,
    TaskRelation,
    type Attachment,
    type Problem,
    type Reception,
    type Task,
    type TaskProgressUpdate,
} from '../generated';

const BASE_PATH = 'http://localhost:8080';

/** Sign in with a username and password: a form body (OAuth 2.0) to POST /api/v1/auth/token. */
export async function signIn(username: string, password: string): Promise<Configuration> {
    const auth = new AuthenticationApi(new Configuration({ basePath: BASE_PATH }));
    const tokens = await auth.issueToken({
        grantType: IssueTokenGrantTypeEnum.Password,
        username,
        password,
        clientId: 'web-spa',
    });
    const accessToken: string = tokens.accessToken;
    const expiresIn: number = tokens.expiresIn;
    console.log(`signed in for ${expiresIn} s`);
    // Every other call sends the access token; messages in English.
    return new Configuration({
        basePath: BASE_PATH,
        accessToken: async () => accessToken,
        headers: { 'Accept-Language': 'en' },
    });
}

/** The task inbox: tasks my unit leads, newest first, every page. */
export async function inbox(config: Configuration): Promise<Task[]> {
    const tasks = new TasksApi(config);
    const all: Task[] = [];
    let pageToken: string | undefined;
    do {
        const page = await tasks.listTaskInbox({ relation: TaskRelation.Lead, pageSize: 50, pageToken });
        all.push(...page.items);
        pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return all;
}

/** A progress update (cập nhật tiến độ) with evidence: a JPEG photo and a PDF, uploaded first. */
export async function reportProgress(config: Configuration, task: Task, photo: File, minutes: Blob): Promise<TaskProgressUpdate> {
    const tasks = new TasksApi(config);
    // The body is the file itself; the client sends it as application/octet-stream and the server recognises it.
    const photoAttachment: Attachment = await tasks.uploadTaskAttachment({
        taskId: task.id,
        fileName: photo.name,
        body: photo,
        idempotencyKey: crypto.randomUUID(),
    });
    const minutesAttachment: Attachment = await tasks.uploadTaskAttachment({
        taskId: task.id,
        fileName: 'bien-ban-doi-thoai.pdf',
        body: minutes,
        idempotencyKey: crypto.randomUUID(),
    });
    return tasks.addTaskUpdate({
        taskId: task.id,
        idempotencyKey: crypto.randomUUID(),
        taskProgressUpdateCreate: {
            text: 'Đã tổ chức 2 buổi đối thoại tại thôn Mỹ Lai.',
            percentDone: 40,
            attachmentIds: [photoAttachment.id, minutesAttachment.id],
        },
    });
}

/** A date filter on a paged list: mass reception records (tiếp công dân đông người) received in November 2026. */
export async function massReceptionsInNovember(config: Configuration): Promise<Reception[]> {
    const receptions = new ReceptionsApi(config);
    const found: Reception[] = [];
    let pageToken: string | undefined;
    do {
        // Local dates are plain `YYYY-MM-DD` strings (dateLibrary=string): sent exactly as written.
        const page = await receptions.listReceptions({
            from: '2026-11-01',
            to: '2026-11-30',
            flag: [ReceptionFlag.Mass, ReceptionFlag.Repeated],
            pageSize: 100,
            pageToken,
        });
        found.push(...page.items);
        pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return found;
}

/** Errors are problem+json: program against `type`, show `detail`. */
export async function describeError(error: unknown): Promise<string> {
    if (error instanceof ResponseError) {
        const problem = (await error.response.json()) as Problem;
        return `${problem.type} (${problem.status}): ${problem.detail ?? problem.title}`;
    }
    return String(error);
}

export async function main(photo: File, minutes: Blob): Promise<void> {
    try {
        const config = await signIn('canbo.tinhkhe', 'DanVan@2026');
        const tasks = await inbox(config);
        const first = tasks[0];
        if (first !== undefined) {
            const update = await reportProgress(config, first, photo, minutes);
            console.log(`progress ${update.percentDone ?? 0}% posted`);
        }
        console.log(`${(await massReceptionsInNovember(config)).length} mass receptions in November`);
    } catch (error) {
        console.error(await describeError(error));
    }
}
