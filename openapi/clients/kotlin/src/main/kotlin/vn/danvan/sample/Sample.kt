// A small app on the Kotlin client generated from the contract (kotlin, jvm-okhttp4 with Moshi; options in
// docs/api-guide.md): what the commune officials' mobile app does. It is only compiled (by .ci/clients): a contract
// change that breaks these calls, or breaks the generated code, fails CI.
package vn.danvan.sample

import java.io.File
import java.time.LocalDate
import java.util.UUID
import vn.danvan.client.apis.AuthenticationApi
import vn.danvan.client.apis.ReceptionsApi
import vn.danvan.client.apis.TasksApi
import vn.danvan.client.infrastructure.ApiClient
import vn.danvan.client.infrastructure.ClientException
import vn.danvan.client.models.Attachment
import vn.danvan.client.models.Reception
import vn.danvan.client.models.ReceptionFlag
import vn.danvan.client.models.Task
import vn.danvan.client.models.TaskProgressUpdate
import vn.danvan.client.models.TaskProgressUpdateCreate
import vn.danvan.client.models.TaskRelation

const val BASE_PATH = "http://localhost:8080"

/** Sign in with a username and password: a form body (OAuth 2.0) to POST /api/v1/auth/token. */
fun signIn(username: String, password: String) {
    val tokens = AuthenticationApi(BASE_PATH).issueToken(
        grantType = AuthenticationApi.GrantTypeIssueToken.password,
        username = username,
        password = password,
        clientId = "mobile-app",
    )
    // Every later call of every generated API sends it as a bearer token.
    ApiClient.accessToken = tokens.accessToken
    println("signed in for ${tokens.expiresIn} s")
}

/** The task inbox: tasks my unit leads, every page. */
fun inbox(tasks: TasksApi): List<Task> {
    val all = mutableListOf<Task>()
    var pageToken: String? = null
    do {
        val page = tasks.listTaskInbox(relation = TaskRelation.LEAD, pageSize = 50, pageToken = pageToken, acceptLanguage = "en")
        all += page.items
        pageToken = page.nextPageToken
    } while (pageToken != null)
    return all
}

/** A progress update (cập nhật tiến độ) with evidence: a JPEG photo and a PDF, uploaded first. */
fun reportProgress(tasks: TasksApi, task: Task, photo: File, minutes: File): TaskProgressUpdate {
    // The body is the file itself, sent as application/octet-stream; the server recognises JPEG and PDF by content.
    val photoAttachment: Attachment = tasks.uploadTaskAttachment(
        taskId = task.id, fileName = photo.name, body = photo, idempotencyKey = UUID.randomUUID().toString())
    val minutesAttachment: Attachment = tasks.uploadTaskAttachment(
        taskId = task.id, fileName = minutes.name, body = minutes, idempotencyKey = UUID.randomUUID().toString())
    return tasks.addTaskUpdate(
        taskId = task.id,
        taskProgressUpdateCreate = TaskProgressUpdateCreate(
            text = "Đã tổ chức 2 buổi đối thoại tại thôn Mỹ Lai.",
            percentDone = 40,
            attachmentIds = listOf(photoAttachment.id, minutesAttachment.id),
        ),
        // Retried with the same key after a lost answer, the update is posted once.
        idempotencyKey = UUID.randomUUID().toString(),
    )
}

/** A date filter on a paged list: mass and repeated reception records received in November 2026. */
fun massReceptionsInNovember(receptions: ReceptionsApi): List<Reception> {
    val found = mutableListOf<Reception>()
    var pageToken: String? = null
    do {
        // Local dates are java.time.LocalDate, sent as YYYY-MM-DD.
        val page = receptions.listReceptions(
            from = LocalDate.of(2026, 11, 1),
            to = LocalDate.of(2026, 11, 30),
            flag = listOf(ReceptionFlag.MASS, ReceptionFlag.REPEATED),
            pageSize = 100,
            pageToken = pageToken,
        )
        found += page.items
        pageToken = page.nextPageToken
    } while (pageToken != null)
    return found
}

fun main(args: Array<String>) {
    try {
        signIn("canbo.tinhkhe", "DanVan@2026")
        val tasks = TasksApi(BASE_PATH)
        val first = inbox(tasks).firstOrNull()
        if (first != null && args.size >= 2) {
            val update = reportProgress(tasks, first, File(args[0]), File(args[1]))
            println("progress ${update.percentDone ?: 0}% posted")
        }
        println("${massReceptionsInNovember(ReceptionsApi(BASE_PATH)).size} mass receptions in November")
    } catch (problem: ClientException) {
        // 4xx answers are problem+json: statusCode, and the body in problem.response.
        println("refused (${problem.statusCode}): ${problem.message}")
    }
}
